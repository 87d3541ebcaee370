// The dossier form: its repeated lines, reading it into the API's JSON, and filling it from a dossier.
// Every control is named by its path in the JSON (e.g. « professionnels[0].nombre »), the path the API
// names in its violations, and says in data-type how its value is written.

import { lireChemin, poserChemin, valeurDe } from './champs.js';

export const LISTES = ['professionnels', 'indicateurs', 'programmesEtp'];

export class FormulaireDossier {
  constructor(form) {
    this.form = form;
    for (const bouton of form.querySelectorAll('[data-ajouter]')) {
      bouton.addEventListener('click', () => {
        const ligne = this.ajouterLigne(bouton.dataset.ajouter);
        ligne.querySelector('input, select').focus();
      });
    }
  }

  conteneur(liste) {
    return this.form.querySelector(`[data-liste="${liste}"]`);
  }

  ajouterLigne(liste) {
    const modele = document.getElementById(`modele-${liste}`);
    const ligne = modele.content.firstElementChild.cloneNode(true);
    ligne.querySelector('[data-retirer]').addEventListener('click', () => {
      ligne.remove();
      this.renumeroter(liste);
      this.form.dispatchEvent(new CustomEvent('lignes-modifiees'));
    });
    this.conteneur(liste).append(ligne);
    this.renumeroter(liste);
    return ligne;
  }

  /** Keeps names, ids and labels equal to each line's index, so the API's paths name the right line. */
  renumeroter(liste) {
    const motif = new RegExp(`${liste}(\\[|-)(\\d+|__i__)(\\]|-)`, 'g');
    [...this.conteneur(liste).children].forEach((ligne, i) => {
      for (const noeud of [ligne, ...ligne.querySelectorAll('*')]) {
        for (const attribut of ['name', 'id', 'for', 'aria-describedby', 'data-champ']) {
          const valeur = noeud.getAttribute(attribut);
          if (valeur) {
            noeud.setAttribute(attribut, valeur.replace(motif, `${liste}$1${i}$3`));
          }
        }
      }
      ligne.querySelector('[data-numero]').textContent = String(i + 1);
    });
  }

  vider() {
    this.form.reset();
    for (const liste of LISTES) {
      this.conteneur(liste).replaceChildren();
    }
    for (const option of this.form.querySelectorAll('option[data-inconnue]')) {
      option.remove();
    }
  }

  /** The dossier as the API reads it; empty fields are left out (« non renseigné »). */
  lire() {
    const dossier = {};
    for (const liste of LISTES) {
      const lignes = this.conteneur(liste).children.length;
      if (lignes > 0) {
        dossier[liste] = Array.from({ length: lignes }, () => ({}));
      }
    }
    for (const champ of this.form.querySelectorAll('[name][data-type]')) {
      const valeur = valeurDe(champ);
      if (valeur === undefined) {
        continue;
      }
      if (champ.dataset.type === 'codes') {
        const codes = lireChemin(dossier, champ.name) || [];
        codes.push(valeur);
        poserChemin(dossier, champ.name, codes);
      } else {
        poserChemin(dossier, champ.name, valeur);
      }
    }
    return dossier;
  }

  /** Fills the form from a dossier; answers the paths it could not show (unknown to the form). */
  remplir(dossier) {
    this.vider();
    for (const liste of LISTES) {
      const lignes = Array.isArray(dossier[liste]) ? dossier[liste].length : 0;
      for (let i = 0; i < lignes; i++) {
        // a new line's defaults (« adhérents : oui ») are for typing, not for a dossier that left them out
        for (const choix of this.ajouterLigne(liste).querySelectorAll('select')) {
          choix.value = '';
        }
      }
    }
    const nonRepris = [];
    const poser = (chemin, valeur) => {
      if (!this.poserChamp(chemin, valeur)) {
        nonRepris.push(chemin);
      }
    };
    parcourir(dossier, '', poser, (chemin) => this.champs(chemin).some((c) => c.dataset.type === 'codes'));
    return nonRepris;
  }

  champs(chemin) {
    return [...this.form.querySelectorAll(`[name="${CSS.escape(chemin)}"]`)];
  }

  poserChamp(chemin, valeur) {
    const champs = this.champs(chemin);
    if (champs.length === 0) {
      return false;
    }
    const champ = champs[0];
    switch (champ.dataset.type) {
      case 'codes':
        if (!Array.isArray(valeur)) {
          return false;
        }
        for (const c of champs) {
          c.checked = valeur.includes(c.value);
        }
        return valeur.every((v) => champs.some((c) => c.value === v));
      case 'case':
        champ.checked = valeur === true;
        return typeof valeur === 'boolean';
      case 'booleen':
        if (typeof valeur !== 'boolean') {
          return false;
        }
        champ.value = String(valeur);
        return true;
      case 'code':
        if (![...champ.options].some((o) => o.value === String(valeur))) {
          // kept as typed, so that the API names it next to the field; a field fixed to one value says why it is not offered
          champ.append(new Option(`${valeur} (${champ.dataset.horsListe || 'valeur inconnue'})`, String(valeur)));
          champ.lastElementChild.dataset.inconnue = '';
        }
        champ.value = String(valeur);
        return true;
      case 'decimal':
        champ.value = String(valeur).replace('.', ',');
        return true;
      default:
        champ.value = String(valeur);
        return champ.value === String(valeur);
    }
  }
}

/** Calls poser(path, value) for every leaf of a dossier; a list of codes shown as checkboxes is one leaf. */
function parcourir(valeur, chemin, poser, estListeDeCodes) {
  if (valeur === null || valeur === undefined) {
    return;
  }
  if (Array.isArray(valeur) && !estListeDeCodes(chemin)) {
    valeur.forEach((v, i) => parcourir(v, `${chemin}[${i}]`, poser, estListeDeCodes));
  } else if (typeof valeur === 'object' && !Array.isArray(valeur)) {
    for (const [cle, v] of Object.entries(valeur)) {
      parcourir(v, chemin ? `${chemin}.${cle}` : cle, poser, estListeDeCodes);
    }
  } else {
    poser(chemin, valeur);
  }
}
