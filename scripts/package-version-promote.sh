#!/usr/bin/env bash
# Promotes a package version to released (installable in production orgs) and prints its install URLs.
# Promotion uploads nothing, so it needs no build.
set -euo pipefail
# shellcheck source=lib/sf-common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/sf-common.sh"

usage() {
    cat <<'EOF'
Usage: npm run package:version:promote -- [options]

Promotes a package version (created with --code-coverage, 75% coverage) to released. A released version cannot
be deleted, and the components it contains become part of the package for good.

Options:
  -p, --version VERSION   04t id or alias from sfdx-project.json (default: the newest alias of the package)
  -v, --dev-hub NAME      Dev Hub alias or username (default: your default Dev Hub)
      --yes               do not ask for confirmation
      --url-only          only print the install URLs of the version; promote nothing
  -h, --help              show this help
EOF
}

version=''
dev_hub=''
confirmed=false
url_only=false

while [[ $# -gt 0 ]]; do
    case "$1" in
        -h | --help)
            usage
            exit 0
            ;;
        -p | --version | --package)
            need_value "$@"
            version="$2"
            shift 2
            ;;
        -v | --dev-hub | --target-dev-hub)
            need_value "$@"
            dev_hub="$2"
            shift 2
            ;;
        --yes | --no-prompt)
            confirmed=true
            shift
            ;;
        --url-only)
            url_only=true
            shift
            ;;
        *) die "unknown option '$1' (see --help)" ;;
    esac
done

# The newest "<package>@x.y.z-n" alias, compared number by number.
newest_version_alias() {
    PKG="$(default_package_name)" project_value '
        Object.keys(j.packageAliases || {})
            .filter((name) => name.startsWith(process.env.PKG + "@"))
            .map((name) => ({ name, parts: name.slice(process.env.PKG.length + 1).split(/[.-]/).map(Number) }))
            .sort((a, b) => { for (let i = 0; i < 4; i++) if (a.parts[i] !== b.parts[i]) return (a.parts[i] || 0) - (b.parts[i] || 0); return 0; })
            .map((v) => v.name).pop()'
}

if [[ -z "$version" ]]; then
    version="$(newest_version_alias)"
    [[ -n "$version" ]] || die 'sfdx-project.json holds no package version alias: pass --version 04t... or create one with npm run package:version:create'
fi
if [[ "$version" == 04t* ]]; then
    [[ "$version" =~ ^04t[A-Za-z0-9]{12}([A-Za-z0-9]{3})?$ ]] || die "'$version' is not a package version id (04t followed by 12 or 15 letters and digits)"
    version_id="$version"
else
    version_id="$(V="$version" project_value 'j.packageAliases && j.packageAliases[process.env.V]')"
    [[ "$version_id" == 04t* ]] || die "sfdx-project.json has no package version alias '$version'"
fi

if [[ "$url_only" == true ]]; then
    install_urls "$version_id"
    exit 0
fi

hub="$(resolve_dev_hub "$dev_hub")"
step "Promoting $version ($version_id) in Dev Hub '$hub'"
promote_args=(package version promote --package "$version_id" --target-dev-hub "$hub")
if [[ "$confirmed" == true ]]; then
    promote_args+=(--no-prompt)
fi
sf "${promote_args[@]}"

step "Released $version_id"
install_urls "$version_id"
