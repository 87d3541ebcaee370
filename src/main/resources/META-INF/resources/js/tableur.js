// The one browser-side rule for files meant for a spreadsheet (issue 17, OWASP "CSV injection"), the same as the
// server's fr.enmr.export.CellulesTableur: a text cell beginning with =, +, -, @, a tab or a carriage return is
// written prefixed with ' and quoted, so the spreadsheet shows it as text and never runs it; a number (a negative
// amount included) stays a number. Every CSV the pages produce is built here.

const DEBUTS_DE_FORMULE = /^'*[=+\-@\t\r]/;

/** Whether this text, written as is, would be read as a formula (after any leading apostrophes, as on the server). */
export function estFormule(texte) {
  return DEBUTS_DE_FORMULE.test(texte);
}

/**
 * One CSV cell: empty for undefined/null, a number as a number (decimal comma unless told otherwise), a text as
 * text (prefixed with ' and quoted when it would be a formula; quoted when it holds the separator, a quote or a
 * line break).
 */
export function celluleCsv(valeur, { separateur = ';', virgule = true } = {}) {
  if (valeur === undefined || valeur === null) {
    return '';
  }
  if (typeof valeur === 'number') {
    return virgule ? String(valeur).replace('.', ',') : String(valeur);
  }
  const texte = String(valeur);
  if (typeof valeur === 'string' && estFormule(texte)) {
    return `"'${texte.replace(/"/g, '""')}"`;
  }
  return texte.includes(separateur) || /["\r\n]/.test(texte) ? `"${texte.replace(/"/g, '""')}"` : texte;
}

/**
 * A CSV file a French spreadsheet opens: header, one line per object (its values in the columns' order),
 * « ; » separator, decimal comma, CRLF, UTF-8 with a byte order mark. A preamble (rows of cells, e.g. [label, value])
 * comes first, followed by an empty line, to say what the file holds.
 */
export function fichierCsv(colonnes, objets, preambule = []) {
  const ligne = (valeurs) => valeurs.map((v) => celluleCsv(v)).join(';');
  const avant = preambule.length ? [...preambule.map(ligne), ''] : [];
  return `\uFEFF${[...avant, ligne(colonnes), ...objets.map((o) => ligne(colonnes.map((k) => o[k])))].join('\r\n')}\r\n`;
}

/** A file name from a name people gave: « Scénario n°2 (test) » → « scenario-n-2-test »; the fallback when nothing is left. */
export function nomDeFichier(nom, sinon) {
  const propre = String(nom || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80);
  return propre || sinon;
}

/** Has the browser download this CSV text under this file name. */
export function telecharger(csv, nomFichier) {
  const lien = document.createElement('a');
  lien.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  lien.download = nomFichier;
  document.body.append(lien);
  lien.click();
  lien.remove();
  setTimeout(() => URL.revokeObjectURL(lien.href), 10000);
}
