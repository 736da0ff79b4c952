#!/usr/bin/env bash
# Runs the Apex tests with code coverage in an org: build and deploy the current sources first (unless told not
# to), then the local tests, writing the results and coverage files to an output directory.
set -euo pipefail
# shellcheck source=lib/sf-common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/sf-common.sh"

usage() {
    cat <<'EOF'
Usage: npm run test:apex -- [options]

Builds the TypeScript and deploys force-app (so the tests run against the current sources), then runs the
package's Apex tests (RunLocalTests) with code coverage. Package versions need 75% coverage to be promoted.

Options:
  -o, --target-org NAME     org to test in (default: the project's default org, e.g. from npm run scratch:create)
  -n, --class-names LIST    comma-separated test classes to run instead of all local tests
  -d, --output-dir DIR      where to write the result and coverage files (default: .ci-out/apex)
  -w, --wait MINUTES        how long to wait for the tests (default: 30)
      --no-deploy           test what the org already has: no build, no deploy
  -h, --help                show this help
EOF
}

target_org=''
class_names=''
output_dir='.ci-out/apex'
wait_minutes='30'
deploy=true

while [[ $# -gt 0 ]]; do
    case "$1" in
        -h | --help)
            usage
            exit 0
            ;;
        -o | --target-org)
            need_value "$@"
            target_org="$2"
            shift 2
            ;;
        -n | --class-names)
            need_value "$@"
            class_names="$2"
            shift 2
            ;;
        -d | --output-dir)
            need_value "$@"
            output_dir="$2"
            shift 2
            ;;
        -w | --wait)
            need_value "$@"
            wait_minutes="$2"
            shift 2
            ;;
        --no-deploy)
            deploy=false
            shift
            ;;
        *) die "unknown option '$1' (see --help)" ;;
    esac
done

if ! [[ "$wait_minutes" =~ ^[1-9][0-9]*$ ]]; then
    die "--wait must be a whole number of minutes, not '$wait_minutes'"
fi
if [[ -n "$class_names" && ! "$class_names" =~ ^[A-Za-z][A-Za-z0-9_]*(,[A-Za-z][A-Za-z0-9_]*)*$ ]]; then
    die "--class-names must be Apex class names separated by commas, not '$class_names'"
fi

org="$(resolve_target_org "$target_org")"

if [[ "$deploy" == true ]]; then
    build_first
    step "Deploying force-app to '$org'"
    sf project deploy start --source-dir force-app --target-org "$org" --wait 30
fi

step "Running Apex tests with code coverage in '$org'"
test_args=(apex run test --target-org "$org" --code-coverage --result-format human --output-dir "$output_dir"
    --wait "$wait_minutes")
if [[ -n "$class_names" ]]; then
    IFS=',' read -r -a classes <<<"$class_names"
    for class in "${classes[@]}"; do
        test_args+=(--class-names "$class")
    done
else
    test_args+=(--test-level RunLocalTests)
fi
mkdir -p "$output_dir"
sf "${test_args[@]}"
printf '\nResults and coverage files: %s\n' "$output_dir"
