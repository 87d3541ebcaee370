// KIE's refusals of a draft (422 « erreurs »): listed at their file, element and table row or line, and marked in the text editors.
import { el } from './commun.js';

const zone = () => document.getElementById('erreurs-validation');

/** What to tell the analyst about a failed call. */
export function messageErreur(e) {
  if (e && e.probleme) {
    const erreurs = e.probleme.erreurs || [];
    if (erreurs.length) {
      return `${e.probleme.title || 'Refusé'} : ${erreurs.length} erreur(s), détaillée(s) plus haut.`;
    }
    return e.probleme.detail || e.probleme.title || e.message;
  }
  return e && e.message ? e.message : String(e);
}

export function effacerErreurs() {
  zone().hidden = true;
  zone().replaceChildren();
}

/** Where an error is: « enmr.dmn — Part A, règle 2 » or « constats.drl, ligne 14 ». */
function position(erreur, drlNom) {
  const estTexte = erreur.fichier === drlNom || /\.(drl|json)$/.test(erreur.fichier || '');
  const ou = [erreur.element ? `« ${erreur.element} »` : null,
    erreur.ligne ? `${estTexte ? 'ligne' : 'règle'} ${erreur.ligne}` : null].filter(Boolean).join(', ');
  return [erreur.fichier, ou].filter(Boolean).join(' — ');
}

/**
 * Lists a 422's errors above the editors; errors of the DRL (and of the case file shown) are marked at their line,
 * with a button that selects it.
 */
export function afficherErreurs(e, { drl, cas }) {
  const erreurs = (e && e.probleme && e.probleme.erreurs) || [];
  if (!erreurs.length) {
    return;
  }
  const editeurs = [drl, cas].filter((x) => x && x.editeur);
  editeurs.forEach((x) => x.editeur.marquer(erreurs.filter((r) => r.fichier === x.nom && r.ligne)));
  zone().replaceChildren(...[
    el('h3', {}, e.probleme.title || 'Le brouillon est refusé'),
    e.probleme.detail ? el('p', {}, e.probleme.detail) : null,
    el('ul', { classe: 'erreurs-regles' }, erreurs.map((r) => {
      const editeur = editeurs.find((x) => x.nom === r.fichier);
      const aller = editeur && r.ligne ? el('button', { type: 'button', classe: 'secondaire petit' }, `Aller à la ligne ${r.ligne}`) : null;
      if (aller) {
        aller.addEventListener('click', () => editeur.editeur.allerA(r.ligne));
      }
      return el('li', { classe: 'erreur-regle', 'data-fichier': r.fichier || '', 'data-element': r.element || '', 'data-ligne': r.ligne || '' },
        el('strong', {}, position(r, drl && drl.nom)), ' : ', r.message, ' ', aller,
        r.moteur ? el('details', {}, el('summary', {}, 'Texte de KIE'), el('pre', { classe: 'feel' }, r.moteur)) : null);
    }))].filter(Boolean));
  zone().hidden = false;
  zone().focus();
}
