// The system stubs of the compile check's harness (ApexCompile.java): the jorje jar's StandardApexLibrary stubs,
// patched where they lose what the compiler needs.
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** The system stubs by lower-case "ns.name" (and plain "name" for System, Schema and Database), patched. */
final class ApexStubs {
    final Map<String, String> bodies = new HashMap<>();
    final Map<String, String> namespaces = new HashMap<>();
    private static final Pattern EXCEPTION_CLASS = Pattern.compile("global class (\\w+Exception) \\{");
    private static final Pattern CONSTANT = Pattern.compile("global Object ([A-Z][A-Z0-9_]*);");

    void load(Path jar) throws Exception {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                String name = entry.getName();
                if (!name.startsWith("StandardApexLibrary/") || !name.endsWith(".cls")) continue;
                String[] parts = name.substring(20, name.length() - 4).split("/");
                if (parts.length != 2) continue;
                put(parts[0], parts[1], new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        // System.Label is the package's labels (hasLabelField), not a class with static methods only.
        bodies.remove("system.label");
        bodies.remove("label");
    }

    void put(String namespace, String name, String body) {
        String patched = patch(name, body);
        String key = (namespace + "." + name).toLowerCase();
        bodies.put(key, patched);
        namespaces.put(key, namespace);
        boolean implicit = namespace.equals("System") || namespace.equals("Schema") || namespace.equals("Database");
        String shortKey = name.toLowerCase();
        if (implicit && (!bodies.containsKey(shortKey) || namespace.equals("System"))) {
            bodies.put(shortKey, patched);
            namespaces.put(shortKey, namespace);
        }
    }

    /** What every exception has; the stubs of system exceptions list none of it. */
    static final String EXCEPTION_METHODS = String.join("\n",
        "global Exception getCause() {}",
        "global Integer getLineNumber() {}",
        "global String getMessage() {}",
        "global String getStackTraceString() {}",
        "global String getTypeName() {}",
        "global void initCause(Exception cause) {}",
        "global void setMessage(String message) {}");

    /**
     * The stubs are generated from documentation and lose what the compiler needs:
     * - system exception classes do not extend Exception and have no methods (a catch of System.JSONException,
     *   a throw of System.CalloutException or its getMessage() would fail);
     * - class constants are instance fields typed Object (AccessLevel.USER_MODE would not resolve statically).
     */
    static String patch(String name, String body) {
        Matcher exception = EXCEPTION_CLASS.matcher(body);
        if (exception.find() && exception.group(1).equals(name)) {
            body = exception.replaceFirst(Matcher.quoteReplacement(
                "global class " + name + " extends Exception {\n" + EXCEPTION_METHODS + "\n"));
            body = body.replace("global " + name + "() {}", "");
        }
        return CONSTANT.matcher(body).replaceAll("global static " + name + " $1;");
    }
}
