# Shared by the sf CLI scripts in scripts/ (sourced, never run): error helpers, JSON reading through Node, the
# Dev Hub and target-org checks, the build step every deploy and package script runs first, and the names read
# from sfdx-project.json (the namespace and package name live there only).
# shellcheck shell=bash

# The same switches as scripts/sf.ts: no auto-update, telemetry or version nags in scripted runs.
export SF_AUTOUPDATE_DISABLE=true SF_DISABLE_AUTOUPDATE=true SF_DISABLE_TELEMETRY=true
export SF_SKIP_NEW_VERSION_CHECK=true

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
readonly ROOT
# sf reads sfdx-project.json (namespace, package directories, aliases) from the working directory.
cd "$ROOT" || exit 1
readonly DEVHUB_LOGIN_HINT='npm run sf -- org login web --set-default-dev-hub --alias devhub'

die() {
    printf 'error: %s\n' "$*" >&2
    exit 1
}

# npm run puts the project's own sf (node_modules/.bin) first on PATH; a bare `bash scripts/x.sh` may have none.
require_sf() {
    if ! command -v sf >/dev/null 2>&1; then
        die 'sf (the Salesforce CLI) is not on PATH: run the scripts through npm (e.g. npm run scratch:create), which uses the project'"'"'s own sf, after npm install'
    fi
}

step() {
    printf '\n==> %s\n' "$*"
}

# Exits when an option that needs a value has none (or is followed by another option).
need_value() {
    if [[ $# -lt 2 || -z "$2" || "$2" == -* ]]; then
        die "$1 needs a value (see --help)"
    fi
}

# Reads JSON on stdin and prints the JavaScript expression $1 evaluated on it as `j` (empty when null or absent).
json_value() {
    # shellcheck disable=SC2016 # JavaScript, not shell, in single quotes
    node -e '
        let text = "";
        process.stdin.on("data", (chunk) => (text += chunk)).on("end", () => {
            let j;
            try { j = JSON.parse(text); } catch { process.exit(3); }
            let value;
            try { value = new Function("j", `return (${process.argv[1]});`)(j); } catch { value = undefined; }
            process.stdout.write(value === undefined || value === null ? "" : String(value));
        });' "$1"
}

# Prints a field of sfdx-project.json (a JavaScript expression on `j`).
project_value() {
    json_value "$1" <"$ROOT/sfdx-project.json"
}

project_namespace() {
    project_value 'j.namespace || ""'
}

default_package_name() {
    project_value '(j.packageDirectories.find((d) => d.default) || j.packageDirectories[0]).package'
}

# Runs sf with --json, prints its stdout; on failure prints sf's own message and exits.
sf_json() {
    local output status=0
    output="$(sf "$@" --json 2>/dev/null)" || status=$?
    if [[ $status -ne 0 ]]; then
        local message
        message="$(printf '%s' "$output" | json_value 'j.message || (j.result && j.result.message)' 2>/dev/null || true)"
        die "sf $1 $2 failed${message:+: $message}"
    fi
    printf '%s' "$output"
}

# Prints the Dev Hub to use: $1 when given (it must be authorised), else the default Dev Hub. Exits with the
# login command when none is authorised, since every package and scratch-org command needs one.
resolve_dev_hub() {
    local requested="$1" orgs status=0
    require_sf
    orgs="$(sf org list --json 2>/dev/null)" || status=$?
    if [[ $status -ne 0 && -z "$orgs" ]]; then
        die "could not list your authorised orgs (sf org list failed). Authorise a Dev Hub: $DEVHUB_LOGIN_HINT"
    fi
    local hub
    hub="$(printf '%s' "$orgs" | REQUESTED="$requested" json_value '
        ((hubs, wanted) => {
            const match = wanted
                ? hubs.find((h) => h.alias === wanted || h.username === wanted)
                : hubs.find((h) => h.isDefaultDevHubUsername) || (hubs.length === 1 ? hubs[0] : undefined);
            if (!match) return !wanted && hubs.length ? "?several" : "";
            if (match.connectedStatus && match.connectedStatus !== "Connected") return "!" + match.connectedStatus;
            return match.alias || match.username;
        })((j.result && j.result.devHubs) || [], process.env.REQUESTED)')" ||
        die "could not read the output of sf org list. Authorise a Dev Hub: $DEVHUB_LOGIN_HINT"
    case "$hub" in
        '')
            if [[ -n "$requested" ]]; then
                die "Dev Hub '$requested' is not authorised on this machine. Authorise it: $DEVHUB_LOGIN_HINT"
            fi
            die "no Dev Hub is authorised. Authorise one (with Dev Hub and second-generation packaging enabled, and the namespace $(project_namespace) linked): $DEVHUB_LOGIN_HINT"
            ;;
        '?several')
            die "several Dev Hubs are authorised and none is the default: pass --dev-hub ALIAS or run: npm run sf -- config set target-dev-hub=ALIAS"
            ;;
        '!'*)
            die "the Dev Hub's authorisation does not work (${hub#!}). Log in again: $DEVHUB_LOGIN_HINT"
            ;;
    esac
    printf '%s' "$hub"
}

# Prints the org to deploy to and test in: $1 when given, else the project's default target org. Exits when it is
# missing or its authorisation does not work.
resolve_target_org() {
    local org="$1"
    require_sf
    if [[ -z "$org" ]]; then
        org="$(sf config get target-org --json 2>/dev/null | json_value 'j.result && j.result[0] && j.result[0].value' || true)"
    fi
    if [[ -z "$org" ]]; then
        die 'no target org: pass --target-org ALIAS, or create a scratch org first: npm run scratch:create'
    fi
    if ! sf org display --target-org "$org" --json >/dev/null 2>&1; then
        die "org '$org' is not authorised or has expired. Create a new scratch org: npm run scratch:create"
    fi
    printf '%s' "$org"
}

# Every deploy and package step ships the JavaScript emitted from the TypeScript sources: build it first.
build_first() {
    step 'Building the LWC JavaScript from TypeScript (npm run build)'
    npm run build || die 'npm run build failed: fix the errors above; nothing was deployed or packaged.'
}

install_urls() {
    local version_id="$1"
    printf 'Install URL (production and Developer Edition): https://login.salesforce.com/packaging/installPackage.apexp?p0=%s\n' "$version_id"
    printf 'Install URL (sandbox):                         https://test.salesforce.com/packaging/installPackage.apexp?p0=%s\n' "$version_id"
    printf 'Or from the CLI: npm run sf -- package install --package %s --target-org ALIAS --wait 20 --security-type AllUsers\n' "$version_id"
}
