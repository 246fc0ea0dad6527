#!/bin/bash
# SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
# SPDX-License-Identifier: GPL-2.0-or-later
# Suite scenario 4 (authorization), guest side: the real polkitd decides.
# root applies and undoes dataset-direct-disabled; an unprivileged user
# without a session or authentication agent asks for the same fix (and a
# probe, an undo) and is refused: a clear "not authorized" sentence, exit 3,
# the dataset unchanged, no journal record and an authorization failure in
# the helper's log.
# shellcheck source=tests/vm/scenarios/lib-scenario.sh
. /usr/lib/zfs-doctor-vm-suite/lib-scenario.sh
suite_setup

step "pool tank, dataset tank/data (direct at its default)"
make_pool tank 256M -O mountpoint=/tank
check "zfs create tank/data" zfs create tank/data
orig="$(prop tank/data direct)"
expect_eq "direct on tank/data" "$orig" "$(printf 'standard\tdefault')"

step "as root: fix dataset-direct-disabled, then undo"
run root-fix zfs-doctor fix dataset-direct-disabled --target tank/data --yes --json
expect_rc "root: fix dataset-direct-disabled" 0
root_id="$(change_id "$ZD_OUT/root-fix")"
expect_eq "root's change record status" "$(jget "$ZD_OUT/root-fix" "d['status']")" verified
expect_eq "root's change record callerUid" "$(jget "$ZD_OUT/root-fix" "d['callerUid']")" 0
expect_eq "direct after root's fix" "$(prop tank/data direct)" "$(printf 'disabled\tlocal')"
run root-undo zfs-doctor undo "$root_id"
expect_rc "root: undo $root_id" 0
expect_eq "direct after root's undo" "$(prop tank/data direct)" "$orig"

step "an unprivileged user, no session, no authentication agent"
check "useradd zdtest" useradd -m -s /bin/bash zdtest
uid="$(id -u zdtest)"
journal_before="$(ls /var/lib/zfs-doctor/journal | sort)"
info "journal before: $(echo "$journal_before" | tr '\n' ' ')"
since="$(date '+%Y-%m-%d %H:%M:%S')"
sleep 1

run user-fix runuser -u zdtest -- zfs-doctor fix dataset-direct-disabled --target tank/data --yes
expect_rc "user: fix dataset-direct-disabled" 3
expect_contains "user: fix refusal" "$(cat "$ZD_OUT/user-fix.stderr" "$ZD_OUT/user-fix")" "Not authorized"
expect_contains "user: fix refusal says nothing changed" "$(cat "$ZD_OUT/user-fix.stderr" "$ZD_OUT/user-fix")" "Nothing was changed"
expect_eq "direct after the user's attempt (value, source)" "$(prop tank/data direct)" "$orig"

run user-fix-json runuser -u zdtest -- zfs-doctor fix dataset-direct-standard tank/data --yes --json
expect_rc "user: fix dataset-direct-standard --json" 3
expect_eq "direct after the second attempt" "$(prop tank/data direct)" "$orig"

run user-probe runuser -u zdtest -- zfs-doctor probe odirect-alignment tank/data
expect_rc "user: probe" 3
run user-undo runuser -u zdtest -- zfs-doctor undo --all
expect_rc "user: undo --all" 3
expect_eq "root's change still undone, not re-applied" "$(prop tank/data direct)" "$orig"
run user-sysext runuser -u zdtest -- zfs-doctor fix sysext-dropin --yes
expect_rc "user: fix sysext-dropin" 3
check "no drop-in written" test ! -e /etc/systemd/system/systemd-sysext.service.d/50-zfs-doctor-loop-direct-io.conf
run user-scan runuser -u zdtest -- zfs-doctor scan
info "an unprivileged scan needs no helper (exit $rc)"
[ "$rc" -eq 0 ] || [ "$rc" -eq 1 ] && ok "user: scan works without privileges (exit $rc)" || not_ok "user: scan exit $rc"

step "the helper's journal and log"
journal_after="$(ls /var/lib/zfs-doctor/journal | sort)"
expect_eq "journal records (none added by the user)" "$journal_after" "$journal_before"
check "no journal record from uid $uid" bash -c "! grep -l '\"callerUid\": *$uid' /var/lib/zfs-doctor/journal/*.json"
run history zfs-doctor history --json
expect_eq "history: one change, root's, undone" \
  "$(jget "$ZD_OUT/history" "[(c['id'], c['status'], c['callerUid']) for c in d['changes']]")" \
  "[[\"$root_id\", \"undone\", 0]]"
journalctl -b --no-pager --since "$since" >"$ZD_OUT/journal-since-user"
grep -i 'zfs-doctor' "$ZD_OUT/journal-since-user" | sed 's/^/   log: /' | head -n 40
check "the helper logged the user's refused calls (uid $uid)" \
  bash -c "grep -i 'zfs-doctor' '$ZD_OUT/journal-since-user' | grep -q 'uid[= ]*$uid'"
finish
