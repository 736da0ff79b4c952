#!/usr/bin/env bash
# Creates a development scratch org: build, create (with the package namespace), deploy, assign the permission
# sets, and create a sample Case linked to a Kustomer conversation id.
set -euo pipefail
# shellcheck source=lib/sf-common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/sf-common.sh"

readonly FIXTURE_CONVERSATION_ID='67cef0e3e65f7015ca3a91c6'
# The sets the two packaged groups hold (sf assigns permission sets, not groups).
readonly PERMISSION_SETS=(Kustomer_Conversation_Viewer Kustomer_Setup_Admin Kustomer_API_Access)

usage() {
    cat <<EOF
Usage: npm run scratch:create -- [options]

Builds the TypeScript, creates a scratch org (namespaced with the project's namespace), deploys force-app,
assigns the permission sets ${PERMISSION_SETS[*]} to you and creates a
sample Case linked to a Kustomer conversation. Needs an authorised Dev Hub.

Options:
  -a, --alias NAME             scratch org alias (default: kustomer-scratch); becomes the project's default org
  -v, --dev-hub NAME           Dev Hub alias or username (default: your default Dev Hub)
  -y, --duration-days DAYS     days before the org expires, 1-30 (default: 7)
  -c, --conversation-id ID     Kustomer conversation id for the sample Case, 24 lowercase hex characters
                               (default: $FIXTURE_CONVERSATION_ID, the conversation of the fixtures)
      --no-sample-case         do not create the sample Case
      --no-namespace           create the org without the namespace
  -h, --help                   show this help

Next: paste a Kustomer API key (README, "For admins") and open the Kustomer Setup tab to check the setup.
EOF
}

alias_name='kustomer-scratch'
dev_hub=''
duration_days='7'
conversation_id="$FIXTURE_CONVERSATION_ID"
sample_case=true
namespaced=true

while [[ $# -gt 0 ]]; do
    case "$1" in
        -h | --help)
            usage
            exit 0
            ;;
        -a | --alias)
            need_value "$@"
            alias_name="$2"
            shift 2
            ;;
        -v | --dev-hub | --target-dev-hub)
            need_value "$@"
            dev_hub="$2"
            shift 2
            ;;
        -y | --duration-days)
            need_value "$@"
            duration_days="$2"
            shift 2
            ;;
        -c | --conversation-id)
            need_value "$@"
            conversation_id="$2"
            shift 2
            ;;
        --no-sample-case)
            sample_case=false
            shift
            ;;
        --no-namespace)
            namespaced=false
            shift
            ;;
        *) die "unknown option '$1' (see --help)" ;;
    esac
done

if ! [[ "$duration_days" =~ ^[0-9]+$ ]] || ((10#$duration_days < 1 || 10#$duration_days > 30)); then
    die "--duration-days must be a whole number from 1 to 30, not '$duration_days'"
fi
if ! [[ "$conversation_id" =~ ^[0-9a-f]{24}$ ]]; then
    die "--conversation-id must be 24 lowercase hexadecimal characters (a Kustomer conversation id), not '$conversation_id'"
fi
if ! [[ "$alias_name" =~ ^[A-Za-z0-9._-]+$ ]]; then
    die "--alias may hold letters, digits, '.', '_' and '-' only, not '$alias_name'"
fi

hub="$(resolve_dev_hub "$dev_hub")"
build_first

step "Creating scratch org '$alias_name' from Dev Hub '$hub' ($duration_days days)"
create_args=(org create scratch --definition-file config/project-scratch-def.json --alias "$alias_name"
    --set-default --duration-days "$duration_days" --target-dev-hub "$hub" --wait 30)
if [[ "$namespaced" == false ]]; then
    create_args+=(--no-namespace)
fi
sf "${create_args[@]}"

step 'Deploying force-app'
sf project deploy start --source-dir force-app --target-org "$alias_name" --wait 30

step "Assigning the permission sets ${PERMISSION_SETS[*]}"
permset_args=()
for name in "${PERMISSION_SETS[@]}"; do
    permset_args+=(--name "$name")
done
sf org assign permset "${permset_args[@]}" --target-org "$alias_name"

if [[ "$sample_case" == true ]]; then
    step "Creating a sample Case linked to conversation $conversation_id"
    prefix=''
    namespace="$(project_namespace)"
    if [[ "$namespaced" == true && -n "$namespace" ]]; then
        prefix="${namespace}__"
    fi
    record_type_id="$(sf_json data query --target-org "$alias_name" --query \
        "SELECT Id FROM RecordType WHERE SobjectType = 'Case' AND DeveloperName = 'Kustomer_Conversation'" |
        json_value 'j.result.records[0] && j.result.records[0].Id')"
    [[ -n "$record_type_id" ]] || die 'the Kustomer Conversation record type is missing from the org: did the deploy succeed?'
    case_id="$(sf_json data create record --target-org "$alias_name" --sobject Case --values \
        "Subject='Sample Kustomer conversation' RecordTypeId=$record_type_id ${prefix}Conversation_ID__c=$conversation_id" |
        json_value 'j.result.id')"
    printf 'Sample Case: %s (open it: npm run sf -- org open --target-org %s --path /lightning/r/Case/%s/view)\n' \
        "$case_id" "$alias_name" "$case_id"
fi

step 'Done'
cat <<EOF
Scratch org '$alias_name' is ready and is the project's default org.
Next:
  1. npm run sf -- org open --target-org $alias_name
  2. Paste a Kustomer API key: Setup > Named Credentials > External Credentials > Kustomer API > Principals >
     Kustomer_API_Key > Edit > Authentication Parameters > Add (name ApiKey, value the key) > Save.
  3. Open the Kustomer Setup tab and run the checks.
EOF
