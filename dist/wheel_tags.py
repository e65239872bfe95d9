"""Wheel tags for index_client.py's choice of a uv wheel: this interpreter's, best first, and a file name's.
Loaded by index_client.py as a sibling (it runs with -I, without pip's help where pip is missing)."""
import os
import sys


def interpreter_tags():
    """This interpreter's wheel tags, best first: the same list pip matches files against (its vendored packaging)."""
    try:
        from pip._vendor.packaging.tags import sys_tags
    except Exception:
        try:
            from packaging.tags import sys_tags
        except Exception:
            return glibc_tags()
    return [str(t) for t in sys_tags()]


def glibc_tags():
    """A Python with neither pip nor packaging (Ubuntu's python3 alone in a container job): the tags a
    py3-none-<platform> wheel such as uv's can match on Linux with glibc, best first, as packaging names them
    (packaging/_manylinux.py platform_tags: manylinux_2_Y_<arch> from this glibc down to 2.17, or 2.5 on x86_64,
    each with its legacy alias manylinux2014 / 2010 / 1; then linux_<arch>). Anywhere else, pip installs uv."""
    import platform
    import re
    try:
        found = re.match(r'glibc (\d+)\.(\d+)', os.confstr('CS_GNU_LIBC_VERSION') or '') if sys.platform.startswith('linux') else None
    except (AttributeError, ValueError, OSError):
        found = None  # musl, or no confstr
    arch = platform.machine()
    if not found or found.group(1) != '2' or arch not in ('x86_64', 'aarch64') or sys.maxsize <= 2**32:
        return None
    legacy = {17: 'manylinux2014', 12: 'manylinux2010', 5: 'manylinux1'}
    platforms = []
    for minor in range(int(found.group(2)), 4 if arch == 'x86_64' else 16, -1):
        platforms.append(f'manylinux_2_{minor}_{arch}')
        if minor in legacy:
            platforms.append(f'{legacy[minor]}_{arch}')
    return [f'py3-none-{p}' for p in platforms + [f'linux_{arch}']] + ['py3-none-any']


def file_tags(filename, version):
    """uv-0.13.9-py3-none-manylinux_2_17_x86_64.manylinux2014_x86_64.whl -> its expanded tags (PEP 425 compressed sets)."""
    prefix = f'uv-{version}-'
    if not filename.startswith(prefix) or not filename.endswith('.whl'):
        return set()
    parts = filename[len(prefix):-len('.whl')].split('-')
    if len(parts) == 4:
        parts = parts[1:]  # a build tag
    if len(parts) != 3:
        return set()
    return {f'{i}-{a}-{p}' for i in parts[0].split('.') for a in parts[1].split('.') for p in parts[2].split('.')}
