// The compile check's Java side (driven by scripts/validate/apex-compile.ts, which writes its input and filters its
// output): Salesforce's Apex compiler front end ("jorje", vendored by prettier-plugin-apex) compiles every class of
// the package, once per namespace asked for, up to the ADDITIONAL_VALIDATE stage (types, members, signatures,
// labels, annotations). System types come from the jar's StandardApexLibrary stubs, patched where the stubs are
// lossy (ApexStubs.java); sObjects, fields and labels come from the input, which the driver builds from the metadata.
//
// Input (one record per line, tab-separated):
//   jar <path>                      the jorje jar (its StandardApexLibrary/** stubs)
//   version <api>                   e.g. 68.0 (the newest version the compiler knows at or below it is used)
//   namespace <ns>                  one line per compilation; an empty value compiles without a namespace
//   stub <Ns.Name> <path>           an extra or replacing stub (scripts/validate/jorje/stubs)
//   label <name>                    a custom label
//   sobject <Name>                  an sObject
//   field <Object> <Field> <Type>   a field: String, Id, Boolean, Integer, Decimal, Double, Date, Datetime, Time
//   lookup <Object> <Relationship> <Target>   a relationship field (Owner, Parent, X__r)
//   class <path>                    a .cls to compile
// Output (stdout, tab-separated): `error <namespace> <file> <line> <column> <message>` per error, then
// `done <namespace> <classes> <ms>` per compilation.
import apex.common.base.Initializers;
import apex.jorje.data.Location;
import apex.jorje.semantic.ast.modifier.ModifierGroups;
import apex.jorje.semantic.ast.visitor.reference.ExternalDependency;
import apex.jorje.semantic.ast.visitor.reference.UntypedExternalDependency;
import apex.jorje.semantic.bcl.DmlOperation;
import apex.jorje.semantic.common.TestAccessEvaluator;
import apex.jorje.semantic.common.TestQueryValidators;
import apex.jorje.semantic.common.TestSymbolProvider;
import apex.jorje.semantic.compiler.ApexCompiler;
import apex.jorje.semantic.compiler.CodeUnit;
import apex.jorje.semantic.compiler.CompilationInput;
import apex.jorje.semantic.compiler.CompilerStage;
import apex.jorje.semantic.compiler.Namespace;
import apex.jorje.semantic.compiler.Namespaces;
import apex.jorje.semantic.compiler.SourceFile;
import apex.jorje.semantic.compiler.sfdc.NoopCompilerProgressCallback;
import apex.jorje.semantic.compiler.sfdc.SymbolProvider;
import apex.jorje.semantic.symbol.member.variable.FieldTable;
import apex.jorje.semantic.symbol.member.variable.SObjectFieldInfo;
import apex.jorje.semantic.symbol.member.variable.StandardFieldTable;
import apex.jorje.semantic.symbol.resolver.SymbolResolver;
import apex.jorje.semantic.symbol.type.SObjectMetadata;
import apex.jorje.semantic.symbol.type.SObjectTypeInfo;
import apex.jorje.semantic.symbol.type.TypeInfo;
import apex.jorje.semantic.symbol.type.TypeInfos;
import apex.jorje.semantic.symbol.type.common.BiPredicates;
import apex.jorje.services.Version;
import apex.jorje.services.exception.CompilationException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

public final class ApexCompile {
    /** sObjects of the input: name → field name → type name, and relationship → target object. */
    static final Map<String, Map<String, String>> fields = new LinkedHashMap<>();
    static final Map<String, Map<String, String>> lookups = new LinkedHashMap<>();
    static final Set<String> labels = new HashSet<>();

    static TypeInfo scalar(String type) {
        switch (type) {
            case "Id": return TypeInfos.ID;
            case "Boolean": return TypeInfos.BOOLEAN;
            case "Integer": return TypeInfos.INTEGER;
            case "Decimal": return TypeInfos.DECIMAL;
            case "Double": return TypeInfos.DOUBLE;
            case "Date": return TypeInfos.DATE;
            case "Datetime": return TypeInfos.DATE_TIME;
            case "Time": return TypeInfos.TIME;
            case "String": return TypeInfos.STRING;
            default: throw new IllegalArgumentException("unknown field type " + type);
        }
    }

    /** One compilation's view of the world: its sObject types and the stubs attached so far. */
    static final class Provider implements SymbolProvider {
        final TestSymbolProvider base = new TestSymbolProvider();
        final ApexStubs stubs;
        final Map<String, TypeInfo> attached = new HashMap<>();
        final Map<String, SObjectTypeInfo> sobjects = new HashMap<>();

        Provider(ApexStubs stubs) {
            this.stubs = stubs;
            for (String name : fields.keySet()) sobjects.put(name.toLowerCase(), sobject(name));
        }

        SObjectTypeInfo sobject(String name) {
            SObjectTypeInfo.Builder builder = SObjectTypeInfo.builder();
            builder.setApexBytecodeName(name);
            builder.setMetadata(SObjectMetadata.builder()
                .setTriggerable(true)
                .setSupportedDml(DmlOperation.ALL)
                .setLookupFieldPredicate(BiPredicates.alwaysTrue())
                .build());
            builder.setFields(Initializers.memoize(type -> {
                FieldTable table = new StandardFieldTable();
                for (Map.Entry<String, String> field : fields.get(name).entrySet()) {
                    table.add(fieldInfo(field.getKey(), (TypeInfo) type, scalar(field.getValue()), SObjectFieldInfo.Category.REGULAR));
                }
                for (Map.Entry<String, String> lookup : lookups.getOrDefault(name, Map.of()).entrySet()) {
                    TypeInfo target = sobjects.get(lookup.getValue().toLowerCase());
                    if (target != null) table.add(fieldInfo(lookup.getKey(), (TypeInfo) type, target, SObjectFieldInfo.Category.FOREIGN_KEY));
                }
                return table.resolve();
            }));
            return (SObjectTypeInfo) builder.buildResolved();
        }

        static SObjectFieldInfo fieldInfo(String name, TypeInfo owner, TypeInfo type, SObjectFieldInfo.Category category) {
            SObjectFieldInfo.Builder builder = SObjectFieldInfo.builder();
            builder.setName(name);
            builder.setModifiers(ModifierGroups.ONLY_GLOBAL);
            builder.setDefiningType(owner);
            builder.setType(type);
            builder.setCategory(category);
            return builder.build();
        }

        @Override
        public TypeInfo find(SymbolResolver resolver, TypeInfo referencing, String name) {
            String key = name.toLowerCase();
            if (key.startsWith("com/salesforce/api/")) key = key.substring("com/salesforce/api/".length());
            key = key.replace('/', '.');
            // The input's sObjects win over the compiler's built-in test sObjects (a User with four fields).
            String sobject = key.startsWith("schema.") ? key.substring("schema.".length()) : key;
            if (sobjects.containsKey(sobject)) return sobjects.get(sobject);
            TypeInfo known = base.find(resolver, referencing, name);
            if (known != null) return known;
            if (key.contains("$") || key.startsWith("java.")) return null;
            if (attached.containsKey(key)) return attached.get(key);
            String body = stubs.bodies.get(key);
            if (body == null) return null;
            SourceFile stub = SourceFile.builder()
                .setBody(body)
                .setNamespace(Namespaces.create(stubs.namespaces.get(key)))
                .setTrusted(true)
                .setMocked(true)
                .setKnownName(name)
                .build();
            attached.put(key, null); // a stub that refers to itself while attaching
            TypeInfo type = resolver.getCompilerService().attachSource(resolver, stub, name);
            attached.put(key, type);
            return type;
        }

        @Override
        public ExternalDependency findMetadataDependency(SymbolResolver r, TypeInfo t, UntypedExternalDependency.DependencyType d, String s) {
            return base.findMetadataDependency(r, t, d, s);
        }

        @Override
        public TypeInfo getVfComponentType(SymbolResolver r, TypeInfo t, Namespace n, String s) {
            return base.getVfComponentType(r, t, n, s);
        }

        @Override
        public TypeInfo getFlowInterviewType(SymbolResolver r, TypeInfo t, Namespace n, String s) {
            return base.getFlowInterviewType(r, t, n, s);
        }

        @Override
        public TypeInfo getSObjectType(TypeInfo referencing, String name) {
            TypeInfo own = sobjects.get(name.toLowerCase());
            return own != null ? own : base.getSObjectType(referencing, name);
        }

        @Override
        public TypeInfo getAggregateResultType(TypeInfo t) {
            return base.getAggregateResultType(t);
        }

        @Override
        public String getPageReference(TypeInfo t, String s) {
            return base.getPageReference(t, s);
        }

        @Override
        public boolean hasLabelField(TypeInfo referencing, Namespace namespace, String name) {
            return labels.contains(name.toLowerCase());
        }

        @Override
        public String getQuickAction(TypeInfo t, String a, String b) {
            return base.getQuickAction(t, a, b);
        }

        @Override
        public boolean isDynamicTypeNamespace(String s) {
            return base.isDynamicTypeNamespace(s);
        }

        @Override
        public boolean isDynamicTypeNamespace(String s, String s2) {
            return base.isDynamicTypeNamespace(s, s2);
        }
    }

    /** The newest version at or below the API version asked for, and never above the compiler's CURRENT. */
    static Version version(String api) {
        double wanted = Math.min(Double.parseDouble(api), Version.CURRENT.getExternal());
        Version best = Version.MIN;
        for (Version candidate : Version.values()) {
            if (candidate.getExternal() <= wanted && candidate.getExternal() > best.getExternal()) best = candidate;
        }
        return best;
    }

    static String clean(String text) {
        return text.replaceAll("[\\t\\r\\n]+", " ");
    }

    public static void main(String[] args) throws Exception {
        ApexStubs stubs = new ApexStubs();
        List<String> namespaces = new ArrayList<>();
        List<Path> classes = new ArrayList<>();
        Version version = Version.CURRENT;
        List<String[]> extraStubs = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            if (line.isEmpty()) continue;
            String[] part = line.split("\t", -1);
            switch (part[0]) {
                case "jar": stubs.load(Path.of(part[1])); break;
                case "version": version = version(part[1]); break;
                case "namespace": namespaces.add(part[1]); break;
                case "stub": extraStubs.add(part); break;
                case "label": labels.add(part[1].toLowerCase()); break;
                case "sobject": fields.putIfAbsent(part[1], new LinkedHashMap<>()); break;
                case "field": fields.get(part[1]).put(part[2], part[3]); break;
                case "lookup": lookups.computeIfAbsent(part[1], k -> new LinkedHashMap<>()).put(part[2], part[3]); break;
                case "class": classes.add(Path.of(part[1])); break;
                default: throw new IllegalArgumentException("unknown input record " + part[0]);
            }
        }
        for (String[] stub : extraStubs) {
            String[] name = stub[1].split("\\.");
            stubs.put(name[0], name[1], Files.readString(Path.of(stub[2]), StandardCharsets.UTF_8));
        }
        for (String namespace : namespaces) {
            long started = System.currentTimeMillis();
            List<SourceFile> sources = new ArrayList<>();
            for (Path file : classes) {
                SourceFile.Builder source = SourceFile.builder()
                    .setBody(Files.readString(file, StandardCharsets.UTF_8))
                    .setKnownName(file.toString())
                    .setVersion(version);
                if (!namespace.isEmpty()) source.setNamespace(Namespaces.create(namespace));
                sources.add(source.build());
            }
            TestAccessEvaluator access = new TestAccessEvaluator();
            access.setIsRunningTests(false);
            CompilationInput input = new CompilationInput(sources, new Provider(stubs), access,
                new TestQueryValidators.Noop(), null, NoopCompilerProgressCallback.get());
            ApexCompiler compiler = ApexCompiler.builder().setInput(input).build();
            compiler.compile(CompilerStage.ADDITIONAL_VALIDATE);
            for (CodeUnit unit : compiler.getCodeUnits()) {
                String file = unit.getSourceFile().getKnownName();
                if (!file.endsWith(".cls")) continue; // errors inside the system stubs are not the package's
                for (CompilationException error : unit.getErrors().get()) {
                    Location at = error.getLoc();
                    System.out.println(String.join("\t", "error", namespace, file,
                        String.valueOf(at == null ? 0 : at.getLine()), String.valueOf(at == null ? 0 : at.getColumn()),
                        clean(error.getError())));
                }
            }
            System.out.println(String.join("\t", "done", namespace, String.valueOf(classes.size()),
                String.valueOf(System.currentTimeMillis() - started)));
        }
    }
}
