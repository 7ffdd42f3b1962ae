# os and os.path: the common read-only parts, listing, stat, scandir, walk, makedirs
import os
import os.path
import stat
import errno
from os import path as osp

print(os.sep, os.pathsep, os.curdir, os.pardir, os.extsep, os.linesep == '\n', os.name, os.devnull, os.altsep)  # expect: / : . .. . True posix /dev/null None
print(osp is os.path, os.path.sep, type(os.getpid()).__name__, os.cpu_count() >= 1, os.getcwd() == os.path.abspath('.'))  # expect: True / int True True
print(os.path.join('a', 'b', 'c.txt'), os.path.join('/a', 'b', '/c', 'd'), os.path.join('a/', 'b'), os.path.join('', 'x'))  # expect: a/b/c.txt /c/d a/b x
print(os.path.split('/usr/lib/x.py'), os.path.split('x.py'), os.path.split('/'), os.path.split('a/b/'))  # expect: ('/usr/lib', 'x.py') ('', 'x.py') ('/', '') ('a/b', '')
print(os.path.basename('/a/b.tar.gz'), os.path.dirname('/a/b.tar.gz'), os.path.dirname('b'), os.path.basename('a/'))  # expect: b.tar.gz /a  
print(os.path.splitext('a/b.tar.gz'), os.path.splitext('.bashrc'), os.path.splitext('a.b/c'), os.path.splitext('x..'))  # expect: ('a/b.tar', '.gz') ('.bashrc', '') ('a.b/c', '') ('x.', '.')
print(os.path.normpath('a/./b/../c//d/'), os.path.normpath('/../x'), os.path.normpath(''), os.path.normpath('../../a'))  # expect: a/c/d /x . ../../a
print(os.path.isabs('/x'), os.path.isabs('x'), os.path.relpath('/a/b/c', '/a/x'), os.path.commonprefix(['/usr/lib', '/usr/local']))  # expect: True False ../b/c /usr/l
print(os.path.commonpath(['/usr/lib', '/usr/local']), os.path.splitdrive('/a/b'), os.path.normcase('A/B'))  # expect: /usr ('', '/a/b') A/B
print(os.path.expanduser('~/x') == os.path.join(os.environ['HOME'], 'x'), os.path.expanduser('x~'))  # expect: True x~
print(os.getenv('TIERPY_SURELY_UNSET'), os.getenv('TIERPY_SURELY_UNSET', 'fallback'), os.environ.get('TIERPY_SURELY_UNSET', 1))  # expect: None fallback 1
print('PATH' in os.environ, isinstance(os.environ['PATH'], str), os.fspath('p'), os.fspath(b'p'), os.fsencode('p'))  # expect: True True p b'p' b'p'


class Where:
    def __fspath__(self):
        return 'target'


print(os.fspath(Where()), os.path.join(Where(), 'x'), os.path.isdir(Where()))  # expect: target target/x True
try:
    os.fspath(3)
except TypeError as e:
    print(e)  # expect: expected str, bytes or os.PathLike object, not int
root = os.path.join('target', 'tierpy-os-test')
os.makedirs(os.path.join(root, 'sub', 'deep'), exist_ok=True)
os.makedirs(os.path.join(root, 'sub'), exist_ok=True)
with open(os.path.join(root, 'f.txt'), 'w') as f:
    f.write('12345')
with open(os.path.join(root, 'sub', 'g.txt'), 'w') as f:
    f.write('x')
print(sorted(os.listdir(root)), os.path.exists(root), os.path.isdir(root), os.path.isfile(root))  # expect: ['f.txt', 'sub'] True True False
st = os.stat(os.path.join(root, 'f.txt'))
print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), stat.S_ISDIR(os.stat(root).st_mode), st[6])  # expect: 5 True False True 5
print(os.path.getsize(os.path.join(root, 'f.txt')), os.path.getmtime(root) > 0, os.path.islink(root))  # expect: 5 True False
entries = sorted(os.scandir(root), key=lambda e: e.name)
print(entries, [(e.name, e.is_dir(), e.is_file()) for e in entries], entries[0].path)  # expect: [<DirEntry 'f.txt'>, <DirEntry 'sub'>] [('f.txt', False, True), ('sub', True, False)] target/tierpy-os-test/f.txt
print([(os.path.relpath(top, root), sorted(dirs), sorted(files)) for top, dirs, files in os.walk(root)])  # expect: [('.', ['sub'], ['f.txt']), ('sub', ['deep'], ['g.txt']), ('sub/deep', [], [])]
try:
    os.makedirs(root)
except FileExistsError as e:
    print(type(e).__name__, e.errno == errno.EEXIST)  # expect: FileExistsError True
try:
    os.listdir(os.path.join(root, 'missing'))
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename == os.path.join(root, 'missing'))  # expect: 2 No such file or directory True
try:
    os.rmdir(os.path.join(root, 'sub'))
except OSError as e:
    print(type(e).__name__, e.errno == errno.ENOTEMPTY)  # expect: OSError True
try:
    os.remove(os.path.join(root, 'nothing.txt'))
except FileNotFoundError as e:
    print(e)  # expect: [Errno 2] No such file or directory: 'target/tierpy-os-test/nothing.txt'
os.rename(os.path.join(root, 'f.txt'), os.path.join(root, 'h.txt'))
print(sorted(os.listdir(root)))  # expect: ['h.txt', 'sub']
os.remove(os.path.join(root, 'h.txt'))
os.remove(os.path.join(root, 'sub', 'g.txt'))
os.rmdir(os.path.join(root, 'sub', 'deep'))
os.rmdir(os.path.join(root, 'sub'))
os.rmdir(root)
print(os.path.exists(root), errno.ENOENT, errno.errorcode[2], os.strerror(2))  # expect: False 2 ENOENT No such file or directory
try:
    os.stat('')
except FileNotFoundError as e:
    print(e)  # expect: [Errno 2] No such file or directory: ''
