# SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
# SPDX-License-Identifier: GPL-2.0-or-later
# bash completion for zfs-doctor                         -*- shell-script -*-
# Commands, options, problem ids and remedy ids mirror app/cli and
# resources/knowledge; tests/packaging/check-completions.sh keeps them in step.
# Nothing here asks the privileged helper: a Tab must never prompt for a
# password, so change ids for `undo` are not completed.

_zfs_doctor_datasets() {
    command -v zfs >/dev/null 2>&1 || return 0
    zfs list -H -o name -t filesystem 2>/dev/null
}

# Installed kernels, for check-kernel: the releases /lib/modules holds.
_zfs_doctor_kernels() {
    command ls /lib/modules 2>/dev/null
}

_zfs_doctor() {
    local cur prev words cword
    _init_completion || return

    local commands="scan explain capture check-kernel probe fix undo history help"
    local global_options="--snapshot --demo --host --json -v -vv --verbose -h --help --version"
    local problems="sysext-odirect-einval loop-write-hang dio-always-cfr-eagain
                    cfr-linux68-eopnotsupp loop-dio-always-oops kernel-zfs-unsupported
                    zeroed-copies-dirty-holes 1 2 3 4 5 6 7"
    local probes="odirect-alignment copy-file-range copy-file-range-unaligned"
    local remedies="dataset-direct-standard dataset-direct-disabled loop-dio-off
                    sysext-dropin zfs-dio-disable dmu-offset-next-sync-off kernel-pin"

    case $prev in
        --snapshot)
            _filedir json
            return
            ;;
        --demo)
            local demos
            demos=$("${words[0]}" --demo list 2>/dev/null | command grep -v '^[[:space:]]')
            COMPREPLY=($(compgen -W "list $demos" -- "$cur"))
            return
            ;;
        --host)
            _known_hosts_real -a -- "$cur"
            return
            ;;
        --format)
            COMPREPLY=($(compgen -W "text json markdown html" -- "$cur"))
            return
            ;;
        --target)
            COMPREPLY=($(compgen -W "$(_zfs_doctor_datasets)" -- "$cur"))
            return
            ;;
        --origin | --option)
            return
            ;;
    esac

    # The command is the first word that is not an option or an option's value.
    local i command=""
    for ((i = 1; i < cword; i++)); do
        case ${words[i]} in
            --snapshot | --demo | --host) ((i++)) ;;
            -*) ;;
            *)
                command=${words[i]}
                break
                ;;
        esac
    done

    if [[ -z $command ]]; then
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W "$global_options" -- "$cur"))
        else
            COMPREPLY=($(compgen -W "$commands" -- "$cur"))
        fi
        return
    fi

    # Positional arguments after the command, not counting options.
    local positional=0
    for ((i = i + 1; i < cword; i++)); do
        case ${words[i]} in
            --snapshot | --demo | --host | --format | --origin | --target | --option) ((i++)) ;;
            -*) ;;
            *) ((positional++)) ;;
        esac
    done

    local options=""
    case $command in
        scan) options="--format" ;;
        explain) options="" ;;
        capture) options="--redact --force --origin" ;;
        check-kernel) options="" ;;
        probe) options="" ;;
        fix) options="--target --option --yes -y --json" ;;
        undo) options="--all --yes -y --json" ;;
        history) options="--json" ;;
    esac
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$options $global_options" -- "$cur"))
        return
    fi

    case $command in
        explain)
            ((positional == 0)) && COMPREPLY=($(compgen -W "$problems" -- "$cur"))
            ;;
        capture)
            ((positional == 0)) && _filedir json
            ;;
        check-kernel)
            ((positional == 0)) && COMPREPLY=($(compgen -W "$(_zfs_doctor_kernels)" -- "$cur"))
            ;;
        probe)
            if ((positional == 0)); then
                COMPREPLY=($(compgen -W "$probes" -- "$cur"))
            elif ((positional == 1)); then
                COMPREPLY=($(compgen -W "$(_zfs_doctor_datasets)" -- "$cur"))
            fi
            ;;
        fix)
            if ((positional == 0)); then
                COMPREPLY=($(compgen -W "$remedies" -- "$cur"))
            elif ((positional == 1)); then
                COMPREPLY=($(compgen -W "$(_zfs_doctor_datasets)" -- "$cur"))
            fi
            ;;
        help)
            ((positional == 0)) && COMPREPLY=($(compgen -W "scan explain capture check-kernel probe fix undo history" -- "$cur"))
            ;;
    esac
} &&
    complete -F _zfs_doctor zfs-doctor
