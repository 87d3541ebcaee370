// The API's refusals shown where the user acts: each violation next to its field, all of them in a summary.
import { el } from './commun.js';

/** Removes every error shown in a form and empties its summary. */
export function effacerErreurs(form, resume) {
  for (const erreur of form.querySelectorAll('.erreur')) {
    erreur.remove();
  }
  for (const champ of form.querySelectorAll('[aria-invalid]')) {
    champ.removeAttribute('aria-invalid');
    const decrit = (champ.getAttribute('aria-describedby') || '').split(' ').filter((id) => id && !id.startsWith('erreur-'));
    if (decrit.length) {
      champ.setAttribute('aria-describedby', decrit.join(' '));
    } else {
      champ.removeAttribute('aria-describedby');
    }
  }
  for (const bloc of form.querySelectorAll('.en-erreur')) {
    bloc.classList.remove('en-erreur');
  }
  if (resume) {
    resume.hidden = true;
    resume.replaceChildren();
  }
}

/** The element of the form that shows a path: the field itself, else its line or list, else none. */
function cibleDe(form, champ) {
  for (let chemin = champ; chemin; chemin = parent(chemin)) {
    const cible = form.querySelector(`[data-champ="${CSS.escape(chemin)}"]`);
    if (cible) {
      return cible;
    }
  }
  return null;
}

/** « professionnels[0].nombre » → « professionnels[0] » → « professionnels » → ''. */
function parent(chemin) {
  const coupe = Math.max(chemin.lastIndexOf('.'), chemin.lastIndexOf('['));
  return coupe > 0 ? chemin.slice(0, coupe) : '';
}

/** What the user reads for a target: its label, preceded by the lines it sits in. */
function libelleDe(cible) {
  const propre = cible.querySelector(':scope > label, :scope > legend');
  const noms = [propre ? propre.textContent.replace('*', '').replace('(obligatoire)', '').trim() : ''];
  for (let ligne = cible.parentElement.closest('fieldset.ligne'); ligne; ligne = ligne.parentElement.closest('fieldset.ligne')) {
    noms.unshift(ligne.querySelector(':scope > legend').textContent.trim());
  }
  return noms.filter(Boolean).join(' — ');
}

/** Shows a refusal: every violation next to its field and in the summary; other problems in the summary. */
export function afficherErreurs(form, resume, erreur, titre) {
  effacerErreurs(form, resume);
  const liens = []; // [element of the form or null, item of the summary]
  erreur.violations.forEach((violation, n) => {
    const cible = cibleDe(form, violation.champ);
    if (!cible) {
      liens.push([null, el('li', {}, `${violation.champ} : ${violation.message}`)]);
      return;
    }
    const base = `erreur-${cible.dataset.champ.replace(/[^A-Za-z0-9]+/g, '-')}`;
    const id = document.getElementById(base) ? `${base}-${n}` : base;
    const message = el('p', { classe: 'erreur', id }, el('span', { classe: 'visuellement-cache' }, 'Erreur : '), violation.message);
    const apres = cible.querySelector(':scope > label, :scope > legend');
    apres.after(message);
    cible.classList.add('en-erreur');
    const controle = cible.matches('.champ') ? cible.querySelector('input, select') : null;
    if (controle) {
      controle.setAttribute('aria-invalid', 'true');
      const decrit = controle.getAttribute('aria-describedby');
      controle.setAttribute('aria-describedby', decrit ? `${decrit} ${id}` : id);
    }
    const ancre = controle || cible;
    if (!ancre.id) {
      ancre.id = `cible-${id}`;
    }
    liens.push([cible, el('li', {}, el('a', { href: `#${ancre.id}` }, `${libelleDe(cible)} : ${violation.message}`))]);
  });
  // the summary in the order of the form (the API names fields in its own order), fields it cannot show last
  liens.sort(([a], [b]) => {
    if (!a || !b || a === b) {
      return (a ? 0 : 1) - (b ? 0 : 1);
    }
    return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
  // replaceChildren writes a null as the text « null »: only the parts there are
  resume.replaceChildren(...[
    el('h3', {}, titre),
    el('p', {}, erreur.violations.length
      ? `${erreur.violations.length} champ${erreur.violations.length > 1 ? 's' : ''} à corriger.`
      : erreur.message),
    liens.length ? el('ul', {}, liens.map(([, lien]) => lien)) : null].filter(Boolean));
  resume.hidden = false;
  resume.focus();
}

/**
 * Sends a form with its button disabled meanwhile: errors cleared, a message while it runs, then the API's
 * refusal shown with one title when fields are named (refus.champs) and another otherwise (refus.autre).
 */
export async function soumettre({ form, resume, bouton, etat, enCours, action, refus }) {
  bouton.disabled = true;
  effacerErreurs(form, resume);
  etat.textContent = enCours;
  try {
    await action();
  } catch (erreur) {
    etat.textContent = '';
    afficherErreurs(form, resume, erreur, erreur.violations.length ? refus.champs : refus.autre);
  } finally {
    bouton.disabled = false;
  }
}
