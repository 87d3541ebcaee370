// Form controls named by their path in the API's JSON (« parametres.places », « professionnels[0].nombre »),
// each saying in data-type how its value is written; shared by the pages' forms.

/** A control's value in the JSON, or undefined when it is left empty. */
export function valeurDe(champ) {
  const texte = typeof champ.value === 'string' ? champ.value.trim() : '';
  switch (champ.dataset.type) {
    case 'codes':
      return champ.checked ? champ.value : undefined;
    case 'case':
      return champ.checked;
    case 'booleen':
      return texte === '' ? undefined : texte === 'true';
    case 'entier':
    case 'decimal':
      if (texte === '') {
        return undefined;
      }
      // « 0,75 » and « 8 000 000 » are French numbers; anything else unreadable goes as typed, and the API names it
      return /^[+-]?\d+([.,]\d+)?$/.test(texte.replace(/[\s\u00a0\u202f]/g, ''))
        ? Number(texte.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.')) : texte;
    case 'regions':
      return texte === '' ? undefined : regions(texte);
    default:
      return texte === '' ? undefined : texte;
  }
}

/** « CORSE:1, GUYANE:2 » → {CORSE: 1, GUYANE: 2}; anything else goes as typed, and the API names it. */
function regions(texte) {
  const paires = texte.split(/[,;\s]+/).filter(Boolean).map((p) => p.split(/[:=]/));
  if (!paires.every((p) => p.length === 2 && /^[A-Z_]+$/.test(p[0].toUpperCase()) && /^\d+$/.test(p[1]))) {
    return texte;
  }
  return Object.fromEntries(paires.map(([region, n]) => [region.toUpperCase(), Number(n)]));
}

/** Every named control of a form with a value, as the API's JSON object. */
export function lireFormulaire(form) {
  const objet = {};
  for (const champ of form.querySelectorAll('[name][data-type]')) {
    const valeur = valeurDe(champ);
    if (valeur !== undefined) {
      poserChemin(objet, champ.name, valeur);
    }
  }
  return objet;
}


/** « programmesEtp[0].autorisationArs.debut » → ['programmesEtp', 0, 'autorisationArs', 'debut']. */
function etapes(chemin) {
  return chemin.split(/\.|(?=\[)/).map((e) => (e.startsWith('[') ? Number(e.slice(1, -1)) : e));
}

export function lireChemin(objet, chemin) {
  return etapes(chemin).reduce((o, e) => (o === undefined || o === null ? undefined : o[e]), objet);
}

export function poserChemin(objet, chemin, valeur) {
  const parties = etapes(chemin);
  let o = objet;
  parties.slice(0, -1).forEach((e, i) => {
    if (o[e] === undefined) {
      o[e] = typeof parties[i + 1] === 'number' ? [] : {};
    }
    o = o[e];
  });
  o[parties[parties.length - 1]] = valeur;
}

