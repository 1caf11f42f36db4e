#!/usr/bin/env python3
"""Makes the ICU data `make release` links in place of the toolchain's, and prints the flags.

Usage: lean-icu-data.py OUT_DIR

The static Foundation links ICU, whose data is one 34 MB symbol (`icudt76_dat`, the member
`icu_packaged_data.cpp.o` of `lib_FoundationICU.a`): 34.0 of the 64.5 MB of a stripped
release binary. GRDB needs the full Foundation (NSNumber, DateFormatter, NSRegularExpression),
so ICU's code stays; its data need not. Of the data's 4,855 items Leverage reads 20:
scripts/trace-icu-items.sh logged every item asked for by each command in 11 locales (LANG
and LC_ALL: unset, C, POSIX, en_US, de_DE, fr_FR, tr_TR, th_TH, ja_JP,
ja_JP@calendar=japanese, ar_SA) and 8 time zones (TZ: unset, America/New_York, Asia/Kolkata,
Europe/Kyiv, EST5EDT, UTC+3, :/etc/localtime, a bogus name), and by the coach walked through
its screens, and with LEVERAGE_NOW set (ISO8601DateFormatter, as the tests run it). They are
the time zone rules (`zoneinfo64`, `timezoneTypes`, `keyTypeData`) for `TimeZone.current`,
the `en_001` locale chain with `likelySubtags` and `supplementalData` for `Calendar.current`,
and for ISO8601DateFormatter the `en_US_POSIX` chain with its zone names, currencies,
`metaZones` and `numberingSystems`; whatever the locale, Foundation on Linux asks for the same.

This script copies those items, byte for byte, into a package of ICU's format (1.4 MB) and
assembles it as an object; the linker's `--wrap` points ICU's one reference to the data at
it, so the 34 MB member is never pulled in. A change that makes Leverage read another item
(a `DateFormatter` with a locale, `localizedCapitalized`, collation) may crash on the missing
item rather than fall back: with only the first nine items, ISO8601DateFormatter segfaulted.
Run scripts/trace-icu-items.sh on the new code path, add what it prints to KEPT (lookups
that miss in the full data too are harmless), and run the end-to-end tests on the release
binary (`LEVERAGE_BIN=.build/release/leverage swift test --filter EndToEndTests`).

The flags go to stdout. Everything is read from the toolchain in use, so a toolchain with
another ICU version gets its own symbol name and items, or a clear failure.
"""

import glob
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile

# The items read, found by tracing (see above); the path inside the package, without the
# package's own prefix (`icudt76l/`).
KEPT = [
    "curr/en.res",
    "curr/pool.res",
    "curr/root.res",
    "curr/supplementalData.res",
    "en.res",
    "en_001.res",
    "en_US.res",
    "en_US_POSIX.res",
    "keyTypeData.res",
    "likelySubtags.res",
    "metaZones.res",
    "numberingSystems.res",
    "pool.res",
    "root.res",
    "supplementalData.res",
    "timezoneTypes.res",
    "zone/en.res",
    "zone/pool.res",
    "zone/root.res",
    "zoneinfo64.res",
]


def fail(message):
    print(f"lean-icu-data: {message}", file=sys.stderr)
    sys.exit(1)


def toolchain_bin():
    swift = shutil.which("swift")
    if swift is None:
        fail("swift is not on PATH")
    return os.path.dirname(os.path.realpath(swift))


def read_package(blob):
    """ICU's common data format: a header, then a table of (name, data) offsets."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", blob, 0)
    if (magic1, magic2) != (0xDA, 0x27):
        fail("the ICU data is not an ICU package")
    toc = header_size
    count = struct.unpack_from("<I", blob, toc)[0]
    entries = [struct.unpack_from("<II", blob, toc + 4 + 8 * i) for i in range(count)]
    items = {}
    for index, (name_offset, data_offset) in enumerate(entries):
        start = toc + name_offset
        name = blob[start : blob.index(b"\0", start)].decode()
        end = toc + entries[index + 1][1] if index + 1 < count else len(blob)
        items[name] = blob[toc + data_offset : end]
    return blob[:header_size], items


def write_package(header, items):
    """The same layout ICU's own packager writes: names sorted, every item 16-byte aligned."""
    names = sorted(items)
    toc_length = 4 + 8 * len(names)
    strings = b"".join(name.encode() + b"\0" for name in names)
    data_start = (toc_length + len(strings) + 15) & ~15
    entries, body, name_offset = [], b"", toc_length
    for name in names:
        entries.append(struct.pack("<II", name_offset, data_start + len(body)))
        name_offset += len(name) + 1
        body += items[name] + b"\0" * (-len(items[name]) % 16)
    table = struct.pack("<I", len(names)) + b"".join(entries) + strings
    table += b"\0" * (data_start - len(table))
    return header + table + body


def main():
    if len(sys.argv) != 2:
        fail("usage: lean-icu-data.py OUT_DIR")
    out = os.path.abspath(sys.argv[1])
    os.makedirs(out, exist_ok=True)
    bin_dir = toolchain_bin()
    archive = os.path.join(bin_dir, "..", "lib", "swift_static", "linux", "lib_FoundationICU.a")
    if not os.path.exists(archive):
        fail(f"no static ICU at {archive}")
    symbols = subprocess.run(["nm", "-A", archive], capture_output=True, text=True, check=True)
    found = re.search(r":([^:]+\.o):[0-9a-f]+ R (icudt\d+_dat)$", symbols.stdout, re.M)
    if found is None:
        fail(f"no icudt*_dat symbol in {archive}")
    member, symbol = found.group(1), found.group(2)
    prefix = symbol[: -len("_dat")] + "l/"

    obj = os.path.join(out, "icudata.o")
    stamp = os.path.join(out, "stamp")
    key = f"{os.path.realpath(archive)} {os.path.getmtime(archive)} {' '.join(KEPT)}\n"
    if not (os.path.exists(obj) and os.path.exists(stamp) and open(stamp).read() == key):
        with tempfile.TemporaryDirectory() as work:
            subprocess.run(["ar", "x", os.path.realpath(archive), member], cwd=work, check=True)
            raw = os.path.join(work, "icudt.dat")
            subprocess.run(
                ["objcopy", "-O", "binary", "--only-section=.rodata", member, raw],
                cwd=work, check=True)
            header, items = read_package(open(raw, "rb").read())
            missing = [name for name in KEPT if prefix + name not in items]
            if missing:
                fail(f"the toolchain's ICU data has none of: {', '.join(missing)}")
            lean = os.path.join(out, "icudata.dat")
            with open(lean, "wb") as file:
                file.write(write_package(header, {prefix + n: items[prefix + n] for n in KEPT}))
            source = os.path.join(work, "icudata.S")
            with open(source, "w") as file:
                file.write(
                    f'  .section .rodata.leverage_icu_data,"a",@progbits\n'
                    f"  .balign 16\n"
                    f"  .globl __wrap_{symbol}\n"
                    f"  .type __wrap_{symbol}, @object\n"
                    f"__wrap_{symbol}:\n"
                    f'  .incbin "{lean}"\n'
                    f"  .size __wrap_{symbol}, . - __wrap_{symbol}\n"
                    f'  .section .note.GNU-stack,"",@progbits\n')
            subprocess.run(
                [os.path.join(bin_dir, "clang"), "-c", source, "-o", obj], check=True)
        with open(stamp, "w") as file:
            file.write(key)
        # SwiftPM does not see an object passed with -Xlinker: remove the binaries linked
        # with the old one so that the next build links them again.
        for product in ("leverage", "LeverageBench"):
            for built in glob.glob(os.path.join(out, "..", "*", "release", product)):
                os.remove(built)
    print(f"-Xlinker --wrap={symbol} -Xlinker {obj}")


if __name__ == "__main__":
    main()
