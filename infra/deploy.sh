#!/usr/bin/env bash
# Deploys NewsAlerts to one resource group: templates, secrets, the Dispatcher image, the Function App package, then
# a smoke test of /api/health. Idempotent: a second run with nothing changed changes nothing in Azure.
#
#   infra/deploy.sh --environment dev|prod --resource-group NAME [--location REGION] [--subscription ID]
#                   [--what-if] [--dry-run] [--rotate-signing-key]
#   infra/deploy.sh --package-only DIR [--dry-run]
#
#   --what-if   show what the templates would change (az deployment group what-if), change nothing, stop there.
#   --dry-run   print every command that would run, run none of them (not even az login checks).
#   --rotate-signing-key   make a new key for confirmation, manage and unsubscribe links; the current one becomes
#               the previous key, which still verifies the links already sent; the script then restarts both apps.
#   --package-only DIR   build the deployable artefacts into DIR without Azure (CI): functions.zip and
#               dispatcher.tar (the Dispatcher's image archive, built offline by infra/image-archive.sh on a Debian 12
#               base with the installed .NET runtimes; infra/image-run.sh runs it without a container engine).
#
# Secrets come from the environment, never from the command line: NEWSALERTS_TWILIO_AUTH_TOKEN and
# NEWSALERTS_SMTP_PASSWORD. Each is written to Key Vault only when it differs from the stored value; when unset, the
# stored value is kept (the first deployment needs both). The alerts signing key (secret alerts-signing-key, with
# alerts-previous-signing-key beside it) is made here from 32 random bytes the first time and kept after that, unless
# --rotate-signing-key; it is never printed. When a secret the apps already read changed, both apps are restarted
# at the end so they read it now. NEWSALERTS_TWILIO_ACCOUNT_SID
# (and, for prod, NEWSALERTS_TWILIO_MESSAGING_SERVICE_SID) are read by the parameter files.
#
# Editors: the script creates or reuses the Entra ID app registration newsalerts-editors-<resource group> (app role
# Editor, identifier URI api://<appId>, a service principal; after the apps, the redirect URI
# https://<Function App host>/editor/signed-in of the sign-in with Microsoft, with ID token issuance) and passes its
# tenant and client ids to the templates as
# NEWSALERTS_EDITOR_TENANT_ID and NEWSALERTS_EDITOR_CLIENT_ID. Set both beforehand to use a registration made by an
# administrator. When the signed-in account may not create it, the script prints the commands for someone who may and
# deploys with the editor console off.
#
# What makes a second run a no-op: the templates are declarative (az deployment group create puts the same state
# again), secrets are compared before they are written, the image is tagged with the commit and pushed only when the
# registry lacks that tag, and the Function App package is deployed only when the hash of the published files differs
# from the one recorded on the resource group (tag newsalerts-functions-package).
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readonly REPO_ROOT
# The Dispatcher's project folder; a setting so that a test can stand in for it.
readonly DISPATCHER_PROJECT="${NEWSALERTS_DISPATCHER_PROJECT:-src/NewsAlerts.Dispatcher}"
readonly FUNCTIONS_PROJECT="src/NewsAlerts.Functions"
readonly IMAGE_REPOSITORY="newsalerts-dispatcher"
readonly PACKAGE_TAG="newsalerts-functions-package"

environment=""
resource_group=""
location="westeurope"
subscription=""
what_if=false
dry_run=false
rotate_signing_key=false
package_only=""

usage() {
  sed -n '2,/^set /{/^#/p}' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

fail() {
  echo "deploy: $*" >&2
  exit 1
}

say() {
  echo "==> $*" >&2
}

# Prints a command as one would type it: arguments with spaces or shell characters in single quotes.
show() {
  local line="+" arg
  for arg in "$@"; do
    if [[ "${arg}" =~ [[:space:]\'\"\$\`\\|\&\;\(\)\*\?] || -z "${arg}" ]]; then
      line+=" '${arg//\'/\'\\\'\'}'"
    else
      line+=" ${arg}"
    fi
  done
  echo "${line}" >&4
}

# Prints a command and runs it, or only prints it in a dry run.
run() {
  show "$@"
  if [[ "${dry_run}" == false ]]; then
    "$@"
  fi
}

# Prints and runs a command whose output the script needs (an empty answer means "not there"); a dry run prints it
# and answers <$1>, or nothing when $1 is empty, so the dry run shows every step a first deployment takes.
capture() {
  local placeholder="$1"
  shift
  show "$@"
  if [[ "${dry_run}" == true ]]; then
    if [[ -n "${placeholder}" ]]; then
      printf '<%s>' "${placeholder}"
    fi
  else
    "$@" 2>/dev/null || true
  fi
}

# The commands go to the script's standard output (fd 4), also from inside $(...).
exec 4>&1

# Temporary files and folders (some hold secrets) are removed however the script ends.
temporary=()
cleanup() {
  if [[ ${#temporary[@]} -gt 0 ]]; then
    rm -rf "${temporary[@]}"
  fi
}
trap cleanup EXIT
# A private temporary file (or folder with -d), removed at exit; its path goes to the variable named $1.
make_temporary() {
  local -n path="$1"
  shift
  path="$(umask 077 && mktemp "$@")"
  temporary+=("${path}")
}

while [[ $# -gt 0 ]]; do
  case "$1" in
    --environment) environment="${2:-}"; shift 2 ;;
    --resource-group) resource_group="${2:-}"; shift 2 ;;
    --location) location="${2:-}"; shift 2 ;;
    --subscription) subscription="${2:-}"; shift 2 ;;
    --what-if) what_if=true; shift ;;
    --dry-run) dry_run=true; shift ;;
    --rotate-signing-key) rotate_signing_key=true; shift ;;
    --package-only) package_only="${2:-}"; shift 2 ;;
    -h | --help) usage; exit 0 ;;
    *) usage >&2; fail "unknown argument: $1" ;;
  esac
done

# The Function App package: published files zipped without timestamps' noise (-X), from inside the folder.
package_functions() {
  local folder="$1" zipfile="$2"
  run dotnet publish "${FUNCTIONS_PROJECT}" -c Release -o "${folder}"
  echo "+ (cd ${folder} && zip -qrX ${zipfile} .)"
  if [[ "${dry_run}" == false ]]; then
    rm -f "${zipfile}"
    (cd "${folder}" && zip -qrX "${zipfile}" .)
  fi
}

if [[ -n "${package_only}" ]]; then
  out="${package_only}"
  if [[ "${dry_run}" != true ]]; then
    # A real run resolves the folder (the script changes directory); a dry run prints the path as given.
    mkdir -p "${package_only}"
    out="$(cd "${package_only}" && pwd)"
  fi
  cd "${REPO_ROOT}"
  package_functions "${out}/functions" "${out}/functions.zip"
  [[ -d "${DISPATCHER_PROJECT}" ]] || fail "${DISPATCHER_PROJECT} does not exist: the Dispatcher image archive cannot be built."
  run bash infra/image-archive.sh --project "${DISPATCHER_PROJECT}" --output "${out}/dispatcher.tar" -- --os linux --arch x64
  exit 0
fi

[[ "${environment}" == "dev" || "${environment}" == "prod" ]] || fail "--environment must be dev or prod."
[[ -n "${resource_group}" ]] || fail "--resource-group is required."
readonly PARAMETERS="infra/${environment}.bicepparam"
cd "${REPO_ROOT}"

say "Checking prerequisites"
for tool in az dotnet zip curl git; do
  if ! command -v "${tool}" >/dev/null 2>&1; then
    if [[ "${dry_run}" == true ]]; then
      say "(dry run) ${tool} is not installed here; a real run would stop with this message."
    else
      fail "${tool} is not installed. Install it (Azure CLI: https://aka.ms/azure-cli) and run again."
    fi
  fi
done
if [[ "${dry_run}" == false ]] && ! az account show --output none 2>/dev/null; then
  fail "not logged in to Azure. Run 'az login' (and 'az account set --subscription ...') first."
fi
if [[ -n "${subscription}" ]]; then
  run az account set --subscription "${subscription}"
fi
account="$(capture subscription az account show --query name --output tsv)"
say "Deploying ${environment} to resource group ${resource_group} in subscription ${account}"

deployer="$(capture deployer-object-id az ad signed-in-user show --query id --output tsv)"
if [[ -z "${deployer}" ]]; then
  # Logged in as a service principal (a pipeline), not as a user.
  deployer="$(capture "" az ad sp show --id "$(capture "" az account show --query user.name --output tsv)" --query id --output tsv)"
fi
[[ -n "${deployer}" ]] || fail "cannot find the object id of the signed-in user or service principal (needed to grant it Key Vault and registry write access)."
export NEWSALERTS_DEPLOYER_PRINCIPAL_ID="${deployer}"
image_tag="$(git rev-parse --short=12 HEAD)"

# The editors' app registration (the README: Editors sign in). The Function App checks Entra ID access tokens itself
# (App Service authentication is not available on the Flex Consumption plan): they must be issued for this
# registration (api://{appId}) and carry its app role Editor. Reused when it exists (found by display name), else
# created with the role, the identifier URI and a service principal (where roles are assigned). When the operator may
# not create app registrations, the script prints the commands for someone who may, and deploys with the editor console
# off. NEWSALERTS_EDITOR_CLIENT_ID (with NEWSALERTS_EDITOR_TENANT_ID) set beforehand skips all of this.
readonly EDITOR_APP_NAME="newsalerts-editors-${resource_group}"
# The id of the app role Editor: fixed, so that every run (and the README's assignment command) names the same role.
readonly EDITOR_ROLE_ID="c1e39a8a-dd18-47a1-8544-8528bdae2f71"
editor_roles_manifest() {
  printf '[{"id":"%s","allowedMemberTypes":["User"],"displayName":"Editor","description":"%s","isEnabled":true,"value":"Editor"}]\n' \
    "${EDITOR_ROLE_ID}" "Publishes, flags and retracts alerts in the NewsAlerts editor console"
}
# Prints what someone allowed to create app registrations runs, then how to deploy with it.
editor_commands_for_an_administrator() {
  say "Editor console off: you may not create the app registration ${EDITOR_APP_NAME} (${1})."
  say "Someone who may (Application Developer, Cloud Application Administrator) runs:"
  cat >&2 <<COMMANDS
  cat >editor-roles.json <<'JSON'
  $(editor_roles_manifest)
JSON
  az ad app create --display-name ${EDITOR_APP_NAME} --sign-in-audience AzureADMyOrg --app-roles @editor-roles.json --query appId --output tsv
  az ad app update --id <appId> --identifier-uris api://<appId>
  az ad sp create --id <appId>
  az ad app update --id <appId> --web-redirect-uris https://<function app host>/editor/signed-in --enable-id-token-issuance true
COMMANDS
  say "then run deploy.sh again with NEWSALERTS_EDITOR_TENANT_ID=${editor_tenant} NEWSALERTS_EDITOR_CLIENT_ID=<appId>."
}
# Runs a Microsoft Graph change (printed first); a dry run only prints it. On failure says why and answers false.
graph_change() {
  show "$@"
  [[ "${dry_run}" == false ]] || return 0
  local errors
  make_temporary errors
  "$@" >/dev/null 2>"${errors}" && return 0
  graph_error="$(head -n 1 "${errors}")"
  return 1
}
# Sets editor_tenant and editor_app_id (both empty: console off). With "create", makes what is missing.
editor_registration() {
  local mode="$1"
  editor_tenant="${NEWSALERTS_EDITOR_TENANT_ID:-}"
  editor_app_id="${NEWSALERTS_EDITOR_CLIENT_ID:-}"
  editor_given=false
  if [[ -n "${editor_app_id}" ]]; then
    editor_given=true
    [[ -n "${editor_tenant}" ]] || editor_tenant="$(capture tenant-id az account show --query tenantId --output tsv)"
    say "Editors: app registration ${editor_app_id} from NEWSALERTS_EDITOR_CLIENT_ID"
    return
  fi
  editor_tenant="$(capture tenant-id az account show --query tenantId --output tsv)"
  editor_app_id="$(capture "" az ad app list --display-name "${EDITOR_APP_NAME}" --query "[0].appId" --output tsv)"
  if [[ -z "${editor_app_id}" ]]; then
    if [[ "${mode}" != create ]]; then
      say "Editors: no app registration ${EDITOR_APP_NAME} yet (a deployment creates it)"
      editor_tenant=""
      return
    fi
    local manifest="<temporary file holding the app role Editor>" errors
    if [[ "${dry_run}" == false ]]; then
      make_temporary manifest
      editor_roles_manifest >"${manifest}"
    fi
    show az ad app create --display-name "${EDITOR_APP_NAME}" --sign-in-audience AzureADMyOrg --app-roles "@${manifest}" \
      --query appId --output tsv
    if [[ "${dry_run}" == true ]]; then
      editor_app_id="<editor-app-id>"
    else
      make_temporary errors
      editor_app_id="$(az ad app create --display-name "${EDITOR_APP_NAME}" --sign-in-audience AzureADMyOrg \
        --app-roles "@${manifest}" --query appId --output tsv 2>"${errors}")" || editor_app_id=""
      if [[ -z "${editor_app_id}" ]]; then
        editor_commands_for_an_administrator "$(head -n 1 "${errors}")"
        editor_tenant=""
        return
      fi
    fi
  fi
  say "Editors: app registration ${EDITOR_APP_NAME} (${editor_app_id}), app role Editor"
  [[ "${mode}" == create ]] || return 0
  graph_error=""
  if [[ "$(capture "" az ad app show --id "${editor_app_id}" --query "identifierUris[0]" --output tsv)" != "api://${editor_app_id}" ]]; then
    graph_change az ad app update --id "${editor_app_id}" --identifier-uris "api://${editor_app_id}" || true
  fi
  if [[ -z "${graph_error}" && -z "$(capture "" az ad sp show --id "${editor_app_id}" --query id --output tsv)" ]]; then
    graph_change az ad sp create --id "${editor_app_id}" || true
  fi
  if [[ -n "${graph_error}" ]]; then
    editor_commands_for_an_administrator "${graph_error}"
    editor_tenant=""
    editor_app_id=""
  fi
}

# The editors' sign-in with Microsoft in a browser (the README: Editors sign in): Microsoft posts the ID token back to
# https://<Function App host>/editor/signed-in, which must be a redirect URI (web platform) of the registration, with ID
# token issuance on (ID tokens only: no access token reaches a browser, and the app holds no client secret). Kept
# redirect URIs stay; a run that finds both in place changes nothing. Without the right to change it, the script prints
# the command and goes on: bearer tokens keep working, only the browser sign-in waits for that change. A registration
# given in NEWSALERTS_EDITOR_CLIENT_ID is not changed: the script prints what it needs.
editor_sign_in_redirect() {
  [[ -n "${editor_app_id}" ]] || return 0
  local redirect="https://${function_host}/editor/signed-in" uris issuing
  if [[ "${editor_given}" == true ]]; then
    # A registration an administrator made is used as is: say what the browser sign-in needs of it.
    say "Editors: for the sign-in with Microsoft, the registration ${editor_app_id} needs the redirect URI ${redirect} with ID tokens:"
    echo "  az ad app update --id ${editor_app_id} --web-redirect-uris <its redirect URIs> ${redirect} --enable-id-token-issuance true" >&2
    return 0
  fi
  uris="$(capture "" az ad app show --id "${editor_app_id}" --query web.redirectUris --output tsv)"
  issuing="$(capture "" az ad app show --id "${editor_app_id}" --query web.implicitGrantSettings.enableIdTokenIssuance --output tsv)"
  local -a listed kept=()
  local uri found=false
  mapfile -t listed <<<"${uris}"
  for uri in "${listed[@]}"; do
    if [[ "${uri}" == "${redirect}" ]]; then
      found=true
    elif [[ -n "${uri}" ]]; then
      kept+=("${uri}")
    fi
  done
  if [[ "${issuing}" == true && "${found}" == true ]]; then
    say "Editors: sign-in with Microsoft returns to ${redirect}"
    return 0
  fi
  graph_error=""
  if ! graph_change az ad app update --id "${editor_app_id}" --web-redirect-uris "${kept[@]}" "${redirect}" --enable-id-token-issuance true; then
    say "Editors: the sign-in with Microsoft stays off until someone who may change ${EDITOR_APP_NAME} (${graph_error}) runs:"
    echo "  az ad app update --id ${editor_app_id} --web-redirect-uris ${kept[*]} ${redirect} --enable-id-token-issuance true" >&2
  fi
}

if [[ "${what_if}" == true ]]; then
  if [[ "${dry_run}" == false && "$(az group exists --name "${resource_group}")" != "true" ]]; then
    fail "resource group ${resource_group} does not exist: a deployment would create everything in it."
  fi
  say "What-if: the changes a full deployment would make (nothing is changed)"
  editor_registration lookup
  export NEWSALERTS_EDITOR_TENANT_ID="${editor_tenant}" NEWSALERTS_EDITOR_CLIENT_ID="${editor_app_id}"
  registry_server="$(capture registry-login-server az deployment group show --resource-group "${resource_group}" \
    --name newsalerts-foundation --query properties.outputs.AZURE_CONTAINER_REGISTRY_ENDPOINT.value --output tsv)"
  export NEWSALERTS_DEPLOY_APPS=true
  export NEWSALERTS_DISPATCHER_IMAGE="${registry_server}/${IMAGE_REPOSITORY}:${image_tag}"
  run az deployment group what-if --resource-group "${resource_group}" --name newsalerts-apps --parameters "${PARAMETERS}"
  exit 0
fi

if [[ "$(capture "" az group exists --name "${resource_group}")" != "true" ]]; then
  run az group create --name "${resource_group}" --location "${location}" \
    --tags application=newsalerts environment="${environment}" --output none
fi

# A vault deleted by teardown stays soft-deleted (purge protection) for 90 days under the same name: recover it.
deleted_vault="$(capture "" az keyvault list-deleted --resource-type vault \
  --query "[?properties.tags.environment=='${environment}' && contains(properties.vaultId, '/resourceGroups/${resource_group}/')].name | [0]" \
  --output tsv)"
if [[ -n "${deleted_vault}" ]]; then
  run az keyvault recover --name "${deleted_vault}"
fi

say "Foundation: identity, storage, Service Bus, Key Vault, registry, monitoring"
export NEWSALERTS_DEPLOY_APPS=false
export NEWSALERTS_DISPATCHER_IMAGE=""
run az deployment group create --resource-group "${resource_group}" --name newsalerts-foundation \
  --parameters "${PARAMETERS}" --output none
output() {
  capture "$1" az deployment group show --resource-group "${resource_group}" --name newsalerts-foundation \
    --query "properties.outputs.$1.value" --output tsv
}
vault="$(output AZURE_KEY_VAULT_NAME)"
registry="$(output AZURE_CONTAINER_REGISTRY_NAME)"
registry_server="$(output AZURE_CONTAINER_REGISTRY_ENDPOINT)"
[[ -n "${vault}" && -n "${registry}" && -n "${registry_server}" ]] ||
  fail "cannot read the outputs of deployment newsalerts-foundation in ${resource_group}."

say "Secrets in Key Vault ${vault} (written only when changed)"
# Whether a secret the running apps already read changed: then both apps are restarted at the end to read it now.
secrets_changed=false
# Whether secret $1 exists. Only Key Vault's SecretNotFound means no: any other failure (network, permission) stops
# the script, so a passing error never makes it create a new key or overwrite a previous one.
secret_exists() {
  show az keyvault secret show --vault-name "${vault}" --name "$1" --query id --output tsv
  [[ "${dry_run}" == false ]] || return 1
  local errors found
  make_temporary errors
  if found="$(az keyvault secret show --vault-name "${vault}" --name "$1" --query id --output tsv 2>"${errors}")"; then
    [[ -n "${found}" ]]
    return
  fi
  grep -q "SecretNotFound" "${errors}" && return 1
  fail "cannot tell whether secret $1 is in Key Vault ${vault}: $(tr '\n' ' ' <"${errors}")"
}
# Values go through private temporary files, never through the command line (visible to other processes).
write_secret_file() {
  run az keyvault secret set --vault-name "${vault}" --name "$1" --file "$2" --encoding utf-8 --output none
}
# Copies secret $1 to secret $2 (the value before a rotation, which the apps still accept).
copy_secret() {
  local from="$1" to="$2" file="<temporary file holding the value of $1>"
  if [[ "${dry_run}" == false ]]; then
    make_temporary file
    capture "" az keyvault secret show --vault-name "${vault}" --name "${from}" --query value --output tsv | tr -d "\n" >"${file}"
    [[ -s "${file}" ]] || { rm -f "${file}"; fail "cannot read ${from} from Key Vault ${vault}."; }
  else
    capture "" az keyvault secret show --vault-name "${vault}" --name "${from}" --query value --output tsv
  fi
  write_secret_file "${to}" "${file}"
  [[ "${dry_run}" == true ]] || rm -f "${file}"
}
# Secret $1 from environment variable $2. With $3, that secret holds the value before the last change: the old value
# is copied there first, so webhooks still signed with it verify until the provider stops using it. The first
# deployment starts $3 as a copy of $1; an environment deployed before $3 existed gets the same.
store_secret() {
  local name="$1" variable="$2" previous="${3:-}"
  local value="${!variable:-}"
  local stored=false
  secret_exists "${name}" && stored=true
  if [[ -z "${value}" ]]; then
    if [[ "${stored}" == false ]]; then
      [[ "${dry_run}" == true ]] && say "(dry run) a real run stops here when ${name} is not in Key Vault yet" && return
      fail "secret ${name} is not in Key Vault yet: set ${variable} for the first deployment."
    fi
    say "${name}: ${variable} not set, keeping the stored value"
    [[ -z "${previous}" ]] || secret_exists "${previous}" || { copy_secret "${name}" "${previous}"; secrets_changed=true; }
    return
  fi
  local current=""
  [[ "${stored}" == false ]] || current="$(capture "" az keyvault secret show --vault-name "${vault}" --name "${name}" --query value --output tsv)"
  if [[ "${stored}" == true && "${current}" == "${value}" ]]; then
    say "${name}: unchanged"
    [[ -z "${previous}" ]] || secret_exists "${previous}" || { copy_secret "${name}" "${previous}"; secrets_changed=true; }
    return
  fi
  [[ -z "${previous}" || "${stored}" == false ]] || copy_secret "${name}" "${previous}"
  [[ "${stored}" == false ]] || secrets_changed=true
  local file="<temporary file holding ${variable}>"
  if [[ "${dry_run}" == false ]]; then
    make_temporary file
    printf '%s' "${value}" >"${file}"
  fi
  write_secret_file "${name}" "${file}"
  [[ -z "${previous}" || "${stored}" == true ]] || write_secret_file "${previous}" "${file}"
  [[ "${dry_run}" == true ]] || rm -f "${file}"
}
store_secret twilio-auth-token NEWSALERTS_TWILIO_AUTH_TOKEN twilio-previous-auth-token
store_secret smtp-password NEWSALERTS_SMTP_PASSWORD

# The keys of confirmation, manage and unsubscribe links: alerts-signing-key (Alerts__SigningKey) signs, and
# alerts-previous-signing-key (Alerts__PreviousSigningKey, the key before the last rotation) still verifies, so links
# already sent keep working. Made once from 32 random bytes and never printed; later runs keep them.
# --rotate-signing-key moves the current key to the previous one and makes a new current key.
signing_key_exists=false
secret_exists alerts-signing-key && signing_key_exists=true
previous_key_exists=false
secret_exists alerts-previous-signing-key && previous_key_exists=true
if [[ "${signing_key_exists}" == true && ( "${rotate_signing_key}" == true || "${previous_key_exists}" == false ) ]]; then
  [[ "${rotate_signing_key}" == false ]] || say "alerts-signing-key: rotating (the current key becomes alerts-previous-signing-key)"
  copy_secret alerts-signing-key alerts-previous-signing-key
  previous_key_exists=true
  secrets_changed=true
fi
if [[ "${signing_key_exists}" == false || "${rotate_signing_key}" == true ]]; then
  key_file="<temporary file holding a new random signing key>"
  if [[ "${dry_run}" == false ]]; then
    make_temporary key_file
    head -c 32 /dev/urandom | base64 | tr -d "\n" >"${key_file}"
  fi
  write_secret_file alerts-signing-key "${key_file}"
  # First deployment: nothing was signed before, the previous key starts as the current one.
  [[ "${previous_key_exists}" == true ]] || write_secret_file alerts-previous-signing-key "${key_file}"
  [[ "${dry_run}" == true ]] || rm -f "${key_file}"
else
  say "alerts-signing-key and alerts-previous-signing-key: kept"
fi

say "Dispatcher image ${registry_server}/${IMAGE_REPOSITORY}:${image_tag}"
if [[ -z "$(capture "" az acr repository show --name "${registry}" --image "${IMAGE_REPOSITORY}:${image_tag}" --query digest --output tsv)" ]]; then
  [[ -d "${DISPATCHER_PROJECT}" || "${dry_run}" == true ]] || fail "${DISPATCHER_PROJECT} does not exist: the Dispatcher image cannot be built."
  # The .NET SDK pushes without Docker; it reads the registry credentials from these variables (an Entra token).
  DOTNET_CONTAINER_REGISTRY_UNAME="00000000-0000-0000-0000-000000000000"
  DOTNET_CONTAINER_REGISTRY_PWORD="$(capture registry-token az acr login --name "${registry}" --expose-token --query accessToken --output tsv)"
  export DOTNET_CONTAINER_REGISTRY_UNAME DOTNET_CONTAINER_REGISTRY_PWORD
  run dotnet publish "${DISPATCHER_PROJECT}" -c Release -t:PublishContainer \
    -p:ContainerRegistry="${registry_server}" -p:ContainerRepository="${IMAGE_REPOSITORY}" -p:ContainerImageTag="${image_tag}" \
    --os linux --arch x64
  unset DOTNET_CONTAINER_REGISTRY_PWORD
else
  say "image already in the registry"
fi

editor_registration create
export NEWSALERTS_EDITOR_TENANT_ID="${editor_tenant}" NEWSALERTS_EDITOR_CLIENT_ID="${editor_app_id}"

say "Apps: Function App and Dispatcher"
export NEWSALERTS_DEPLOY_APPS=true
export NEWSALERTS_DISPATCHER_IMAGE="${registry_server}/${IMAGE_REPOSITORY}:${image_tag}"
run az deployment group create --resource-group "${resource_group}" --name newsalerts-apps \
  --parameters "${PARAMETERS}" --output none
function_app="$(capture function-app-name az deployment group show --resource-group "${resource_group}" --name newsalerts-apps \
  --query properties.outputs.FUNCTION_APP_NAME.value --output tsv)"
function_host="$(capture function-app-host-name az deployment group show --resource-group "${resource_group}" --name newsalerts-apps \
  --query properties.outputs.FUNCTION_APP_HOST_NAME.value --output tsv)"
editor_sign_in_redirect

say "Function App package"
work="<temporary folder>"
if [[ "${dry_run}" == false ]]; then
  make_temporary work -d
fi
run dotnet publish "${FUNCTIONS_PROJECT}" -c Release -o "${work}/functions"
package_hash="<package-hash>"
if [[ "${dry_run}" == false ]]; then
  # Hash of the published files, not of the zip (whose timestamps change): same code, same hash.
  package_hash="$(cd "${work}/functions" && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum | cut -c1-64)"
fi
group_id="$(capture resource-group-id az group show --name "${resource_group}" --query id --output tsv)"
deployed_hash="$(capture "" az group show --name "${resource_group}" --query "tags.\"${PACKAGE_TAG}\"" --output tsv)"
if [[ "${deployed_hash}" != "${package_hash}" ]]; then
  echo "+ (cd ${work}/functions && zip -qrX ${work}/functions.zip .)"
  if [[ "${dry_run}" == false ]]; then
    (cd "${work}/functions" && zip -qrX "${work}/functions.zip" .)
  fi
  run az functionapp deployment source config-zip --resource-group "${resource_group}" --name "${function_app}" \
    --src "${work}/functions.zip"
  run az tag update --resource-id "${group_id}" --operation Merge --tags "${PACKAGE_TAG}=${package_hash}" --output none
else
  say "package unchanged"
fi

if [[ "${secrets_changed}" == true ]]; then
  # App Service re-reads Key Vault references only about daily, a container app only on a new or restarted revision.
  say "Secrets changed: restarting both apps so they read them now"
  dispatcher_app="$(capture dispatcher-app-name az deployment group show --resource-group "${resource_group}" --name newsalerts-apps \
    --query properties.outputs.DISPATCHER_APP_NAME.value --output tsv)"
  run az functionapp restart --resource-group "${resource_group}" --name "${function_app}"
  for revision in $(capture dispatcher-revision az containerapp revision list --resource-group "${resource_group}" --name "${dispatcher_app}" \
    --query "[?properties.active].name" --output tsv); do
    run az containerapp revision restart --resource-group "${resource_group}" --name "${dispatcher_app}" --revision "${revision}" --output none
  done
fi

say "Smoke test"
run curl --fail --silent --show-error --retry 12 --retry-delay 10 --retry-all-errors "https://${function_host}/api/health"
say "Done: https://${function_host}/api/health"
