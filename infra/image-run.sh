#!/usr/bin/env bash
# Runs a container image archive (docker save format, as written by infra/image-archive.sh) without a container engine:
#
#   infra/image-run.sh --archive FILE.tar [--env NAME=VALUE]... [--entrypoint PROGRAM] [-- arguments]
#
# Unpacks the image's layers in order into a temporary root (applying whiteouts), gives it the usual device nodes,
# then runs the image's Entrypoint and Cmd as its User, in its WorkingDir, with only its Env (plus any --env), all
# read from the image config in the archive: in a new mount and PID namespace with its own /proc, chrooted into the
# root (util-linux unshare; root required). As with docker run, arguments replace Cmd and --entrypoint replaces the
# Entrypoint (and drops Cmd). No network namespace: the host's network is shared. Prints what the process prints and
# exits with its exit code; the root is deleted afterwards. As in a container, the entrypoint is PID 1 of its namespace,
# which ignores its own SIGABRT: an abort (such as .NET's on an unhandled exception) ends as SIGSEGV, exit code 139.
set -euo pipefail

archive=""
entrypoint=""
env_extra=()
args=()
args_given=false
while [[ $# -gt 0 ]]; do
  case "$1" in
    --archive) archive="${2:-}"; shift 2 ;;
    --env) env_extra+=("${2:-}"); shift 2 ;;
    --entrypoint) entrypoint="${2:-}"; shift 2 ;;
    --) shift; args=("$@"); args_given=true; break ;;
    *) echo "image-run: unknown argument: $1" >&2; exit 1 ;;
  esac
done
[[ -s "${archive}" ]] || { echo "image-run: --archive FILE is required and must exist." >&2; exit 1; }
for tool in jq tar unshare mknod; do
  command -v "${tool}" >/dev/null 2>&1 || { echo "image-run: ${tool} is not installed." >&2; exit 1; }
done
[[ "$(id -u)" == "0" ]] || { echo "image-run: must run as root (chroot, namespaces, device nodes)." >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf --one-file-system "${work}"' EXIT
root="${work}/root"
mkdir -p "${root}" "${work}/meta"

tar -xf "${archive}" -C "${work}/meta" manifest.json
config_name="$(jq -r '.[0].Config' "${work}/meta/manifest.json")"
tar -xf "${archive}" -C "${work}/meta" "${config_name}"
config="${work}/meta/${config_name}"

# Layers, lowest first. Before each is unpacked, its whiteouts delete what lower layers put there.
mapfile -t layers < <(jq -r '.[0].Layers[]' "${work}/meta/manifest.json")
for layer in "${layers[@]}"; do
  tar -xf "${archive}" -C "${work}/meta" "${layer}"
  while IFS= read -r entry; do
    entry="${entry#./}"
    [[ "/${entry}/" != */../* ]] || { echo "image-run: refusing layer entry ${entry}" >&2; exit 1; }
    dir="$(dirname "${entry}")"
    name="$(basename "${entry}")"
    if [[ "${name}" == ".wh..wh..opq" ]]; then
      find "${root}/${dir}" -mindepth 1 -maxdepth 1 -exec rm -rf --one-file-system {} +
    else
      rm -rf --one-file-system "${root:?}/${dir}/${name#.wh.}"
    fi
  done < <(tar -tf "${work}/meta/${layer}" | grep -E '(^|/)\.wh\.[^/]+$' || true)
  tar -xf "${work}/meta/${layer}" -C "${root}" --numeric-owner --same-permissions --exclude='.wh.*'
  rm -f "${work}/meta/${layer}"
done

# The device nodes a container runtime provides.
mkdir -p "${root}/dev" "${root}/proc" "${root}/tmp"
for node in "null 1 3" "zero 1 5" "full 1 7" "random 1 8" "urandom 1 9" "tty 5 0"; do
  read -r name major minor <<<"${node}"
  rm -f "${root}/dev/${name}"
  mknod -m 666 "${root}/dev/${name}" c "${major}" "${minor}"
done

if [[ -n "${entrypoint}" ]]; then
  command=("${entrypoint}")
else
  mapfile -t command < <(jq -r '(.config.Entrypoint // [])[]' "${config}")
fi
if [[ "${args_given}" == true ]]; then
  command+=("${args[@]}")
elif [[ -z "${entrypoint}" ]]; then
  mapfile -t cmd < <(jq -r '(.config.Cmd // [])[]' "${config}")
  command+=("${cmd[@]}")
fi
[[ ${#command[@]} -gt 0 ]] || { echo "image-run: the image has no Entrypoint or Cmd." >&2; exit 1; }
mapfile -t environment < <(jq -r '(.config.Env // [])[]' "${config}")
environment+=("${env_extra[@]}")
workdir="$(jq -r '.config.WorkingDir // "" | if . == "" then "/" else . end' "${config}")"
user="$(jq -r '.config.User // "" | if . == "" then "0" else . end' "${config}")"

# User is uid[:gid] or a name[:group] from the image's own /etc/passwd and /etc/group.
lookup() { awk -F: -v key="$1" '$1 == key || $3 == key { print $3; exit }' "$2"; }
uid="$(lookup "${user%%:*}" "${root}/etc/passwd")"
[[ -n "${uid}" ]] || uid="${user%%:*}"
[[ "${uid}" =~ ^[0-9]+$ ]] || { echo "image-run: user ${user} is not in the image." >&2; exit 1; }
if [[ "${user}" == *:* ]]; then
  gid="$(lookup "${user#*:}" "${root}/etc/group")"
  [[ -n "${gid}" ]] || gid="${user#*:}"
else
  gid="$(awk -F: -v uid="${uid}" '$3 == uid { print $4; exit }' "${root}/etc/passwd")"
  [[ -n "${gid}" ]] || gid="${uid}"
fi

echo "image-run: ${command[*]} (user ${uid}:${gid}, workdir ${workdir})" >&2
ulimit -c 0
status=0
env -i "${environment[@]}" unshare --mount --pid --fork --mount-proc=/proc --root="${root}" --wd="${workdir}" \
  --setgid "${gid}" --setuid "${uid}" -- "${command[@]}" || status=$?
exit "${status}"
