#!/usr/bin/env python3
"""Offline check of the Markdown documents' relative links: each must name an existing file and, after '#', one of its
headings (GitHub's anchors). Usage: python3 .ci/verifier-liens.py [files…] (default: README.md, BENCHMARKS.md, docs/**/*.md)."""
import pathlib, re, sys

def ancre(titre):
    titre = titre.replace('`', '').strip().lower()
    return re.sub(r'[^\w\- ]', '', titre).replace(' ', '-')

def ancres(chemin):
    trouvees, bloc, vues = set(), False, {}
    for ligne in chemin.read_text(encoding='utf-8').split('\n'):
        if ligne.startswith('```'):
            bloc = not bloc
            continue
        titre = None if bloc else re.match(r'^#{1,6} +(.*?) *#*$', ligne)
        if titre:
            a = ancre(titre.group(1))
            n = vues.get(a, 0)
            vues[a] = n + 1
            trouvees.add(a if n == 0 else f'{a}-{n}')
    return trouvees

racine = pathlib.Path(__file__).resolve().parent.parent
fichiers = [pathlib.Path(f) for f in sys.argv[1:]] or \
    [racine / 'README.md', racine / 'BENCHMARKS.md'] + sorted((racine / 'docs').rglob('*.md'))
erreurs = 0
for fichier in fichiers:
    texte = re.sub(r'```.*?```', '', fichier.read_text(encoding='utf-8'), flags=re.S)
    texte = re.sub(r'`[^`\n]*`', 'C', texte)
    for lien in re.finditer(r'!?\[[^\]]*\]\(([^)\s]+)\)', texte):
        cible, _, a = lien.group(1).partition('#')
        if re.match(r'^[a-z][a-z0-9+.-]*:', cible):
            continue
        chemin = (fichier.parent / cible).resolve() if cible else fichier.resolve()
        if not chemin.exists():
            print(f'{fichier}: {lien.group(1)}: no such file')
            erreurs += 1
        elif a and chemin.is_file() and a not in ancres(chemin):
            print(f'{fichier}: {lien.group(1)}: no such heading')
            erreurs += 1
print(f'{len(fichiers)} files, {erreurs} broken link(s)')
sys.exit(1 if erreurs else 0)
