#!/usr/bin/env bash
# Creates a managed package version with code coverage (the Apex tests run in the Dev Hub's build org), then
# prints its install URLs. The new version's alias is written to sfdx-project.json by sf: commit it.
set -euo pipefail
# shellcheck source=lib/sf-common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/sf-common.sh"

usage() {
    cat <<'EOF'
Usage: npm run package:version:create -- (--installation-key KEY | --installation-key-bypass) [options]

Builds the TypeScript and creates a beta version of the managed package with --code-coverage (promotable when
the Apex tests pass with 75% coverage). Needs an authorised Dev Hub with the package's namespace linked.

Options:
  -k, --installation-key KEY     protect the version with an installation key
  -x, --installation-key-bypass  no installation key: anyone with the URL can install it
  -v, --dev-hub NAME             Dev Hub alias or username (default: your default Dev Hub)
  -p, --package NAME             package name or 0Ho id (default: the package in sfdx-project.json)
  -w, --wait MINUTES             how long to wait for the version (default: 60)
  -h, --help                     show this help

The package must exist once in the Dev Hub first:
  npm run sf -- package create --name Kustomer --package-type Managed --path force-app --target-dev-hub DEVHUB
EOF
}

installation_key=''
bypass=false
dev_hub=''
package_name=''
wait_minutes='60'

while [[ $# -gt 0 ]]; do
    case "$1" in
        -h | --help)
            usage
            exit 0
            ;;
        -k | --installation-key)
            need_value "$@"
            installation_key="$2"
            shift 2
            ;;
        -x | --installation-key-bypass)
            bypass=true
            shift
            ;;
        -v | --dev-hub | --target-dev-hub)
            need_value "$@"
            dev_hub="$2"
            shift 2
            ;;
        -p | --package)
            need_value "$@"
            package_name="$2"
            shift 2
            ;;
        -w | --wait)
            need_value "$@"
            wait_minutes="$2"
            shift 2
            ;;
        *) die "unknown option '$1' (see --help)" ;;
    esac
done

if [[ -n "$installation_key" && "$bypass" == true ]]; then
    die 'pass either --installation-key or --installation-key-bypass, not both'
fi
if [[ -z "$installation_key" && "$bypass" == false ]]; then
    die 'pass --installation-key KEY to protect the version, or --installation-key-bypass for none'
fi
if ! [[ "$wait_minutes" =~ ^[1-9][0-9]*$ ]]; then
    die "--wait must be a whole number of minutes, not '$wait_minutes'"
fi
package_name="${package_name:-$(default_package_name)}"
[[ -n "$package_name" ]] || die 'no package name: set "package" on the default package directory in sfdx-project.json'

hub="$(resolve_dev_hub "$dev_hub")"
if [[ "$package_name" != 0Ho* && -z "$(PKG="$package_name" project_value 'j.packageAliases && j.packageAliases[process.env.PKG]')" ]]; then
    die "sfdx-project.json has no alias for package '$package_name': create the package once with
  npm run sf -- package create --name $package_name --package-type Managed --path force-app --target-dev-hub $hub"
fi

build_first

step "Creating a version of '$package_name' with code coverage in Dev Hub '$hub' (up to $wait_minutes minutes)"
create_args=(package version create --package "$package_name" --code-coverage --target-dev-hub "$hub"
    --wait "$wait_minutes")
if [[ "$bypass" == true ]]; then
    create_args+=(--installation-key-bypass)
else
    create_args+=(--installation-key "$installation_key")
fi
result="$(sf_json "${create_args[@]}")"
version_id="$(printf '%s' "$result" | json_value 'j.result.SubscriberPackageVersionId')"
if [[ -z "$version_id" ]]; then
    status="$(printf '%s' "$result" | json_value 'j.result.Status')"
    die "the version was not created (status: ${status:-unknown}). Follow it with: npm run sf -- package version create report --package-create-request-id $(printf '%s' "$result" | json_value 'j.result.Id') --target-dev-hub $hub"
fi

step "Created $version_id"
install_urls "$version_id"
printf 'Promote it when it has passed your checks: npm run package:version:promote -- --version %s\n' "$version_id"
printf 'sf added the version alias to sfdx-project.json: commit it.\n'
