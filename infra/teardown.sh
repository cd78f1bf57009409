#!/usr/bin/env bash
# Deletes a NewsAlerts environment: its whole resource group.
#
#   infra/teardown.sh --resource-group NAME [--yes] [--dry-run]
#
# Key Vault has purge protection: the deleted vault stays soft-deleted for 90 days (its secrets recoverable) and
# deploy.sh recovers it if the environment is deployed again into a resource group of the same name.
set -euo pipefail

resource_group=""
assume_yes=false
dry_run=false

fail() {
  echo "teardown: $*" >&2
  exit 1
}

run() {
  echo "+ $*"
  if [[ "${dry_run}" == false ]]; then
    "$@"
  fi
}

while [[ $# -gt 0 ]]; do
  case "$1" in
    --resource-group) resource_group="${2:-}"; shift 2 ;;
    --yes) assume_yes=true; shift ;;
    --dry-run) dry_run=true; shift ;;
    -h | --help) sed -n '2,8p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) fail "unknown argument: $1" ;;
  esac
done

[[ -n "${resource_group}" ]] || fail "--resource-group is required."
if [[ "${dry_run}" == false ]]; then
  command -v az >/dev/null 2>&1 || fail "the Azure CLI (az) is not installed."
  az account show --output none 2>/dev/null || fail "not logged in to Azure: run 'az login' first."
  if [[ "$(az group exists --name "${resource_group}")" != "true" ]]; then
    echo "Resource group ${resource_group} does not exist: nothing to delete."
    exit 0
  fi
fi

if [[ "${assume_yes}" == false ]]; then
  [[ -t 0 ]] || fail "refusing to delete ${resource_group} without --yes when not run from a terminal."
  read -r -p "Delete resource group ${resource_group} and everything in it? Type its name to confirm: " answer
  [[ "${answer}" == "${resource_group}" ]] || fail "not confirmed; nothing deleted."
fi

run az group delete --name "${resource_group}" --yes
