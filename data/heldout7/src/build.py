import glob, os, re, datetime, sys
D = os.path.dirname(os.path.abspath(__file__)) + '/..'
def rows(ext):
    out = []
    for f in sorted(glob.glob(f'{D}/src/*.{ext}')):
        for line in open(f, encoding='utf-8'):
            line = line.rstrip('\n')
            if line.strip():
                out.append(line.split('@@'))
    return out
spec = {'claims': ['doc','speaker','kind','cue','date','optional','text'],
        'article': ['doc','title','source','published','dateline','byline'],
        'clusters': ['cluster','strength','doc','speaker','text']}
names = {'claims':'claims.tsv','article':'articles.tsv','clusters':'clusters.tsv'}
docs = {os.path.basename(p)[:-4] for p in glob.glob(f'{D}/*.txt')}
ok = True
def err(*a):
    global ok; ok = False; print('ERR', *a)
def vdate(s, allow_empty):
    if s == '': return allow_empty
    for p in s.split('|'):
        if re.fullmatch(r'--\d\d-\d\d', p):
            datetime.date(2000, int(p[2:4]), int(p[5:7])); continue
        try: datetime.date.fromisoformat(p)
        except Exception: return False
    return True
def words(s): return re.findall(r"[\w]+", s.lower())
texts = {d: words(open(f'{D}/{d}.txt', encoding='utf-8').read()) for d in docs}
claimset = set()
data = {}
for k, cols in spec.items():
    rs = rows(k)
    data[k] = rs
    for r in rs:
        if len(r) != len(cols): err(k, 'ncols', r); continue
        for x in r:
            if '\t' in x or '"' == x[:1] and False: err('tab', r)
        if r[spec[k].index('doc')] not in docs: err(k, 'doc', r[:3])
    with open(f'{D}/gold/{names[k]}', 'w', encoding='utf-8') as fh:
        fh.write('\t'.join(cols) + '\n')
        for r in rs: fh.write('\t'.join(r) + '\n')
for r in data['claims']:
    doc, sp, kind, cue, date, opt, text = r
    if kind not in ('direct','indirect','mixed'): err('kind', r[:3])
    if opt not in ('0','1'): err('opt', r[:3])
    if not vdate(date, True): err('date', r[:5])
    w = words(text); t = texts.get(doc, [])
    tj = ' ' + ' '.join(t) + ' '
    # word-wise occurrence: all words present in order? check each quoted segment contiguous
    segs = [s for s in re.split(r'"|“|”|\.\.\.', text) if words(s)]
    for s in segs:
        if ' ' + ' '.join(words(s)) + ' ' not in tj: print('WARN not contiguous', doc, repr(s[:80]))
    missing = [x for x in w if x not in set(t)]
    if missing: err('words missing', doc, missing)
    claimset.add((doc, sp, text))
for r in data['article']:
    if not vdate(r[3], False): err('pub', r)
adocs = {r[0] for r in data['article']}
if adocs != docs: err('articles.tsv docs mismatch', docs ^ adocs)
for r in data['clusters']:
    if r[1] not in ('same','paraphrase'): err('strength', r)
    if (r[2], r[3], r[4]) not in claimset: err('cluster row not a claim', r[2], r[3], r[4][:60])
import collections
c = collections.Counter(r[0] for r in data['claims'])
for d in sorted(docs):
    n = len(open(f'{D}/{d}.txt', encoding='utf-8').read().split())
    print(d, 'words', n, 'claims', c[d], 'opt', sum(1 for r in data['claims'] if r[0]==d and r[5]=='1'))
print('claims', len(data['claims']), 'required', sum(r[5]=='0' for r in data['claims']), 'articles', len(data['article']), 'cluster rows', len(data['clusters']))
print('OK' if ok else 'FAILED')
