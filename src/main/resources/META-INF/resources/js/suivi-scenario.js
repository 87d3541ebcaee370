// A scenario being solved, watched by polling GET /api/scenarios/{id}: status, best score, progress.
import { appeler, nombre } from './commun.js';

const STATUTS = {
  EN_COURS: ['En cours', 'pastille-encours'],
  TERMINE: ['Terminé', 'pastille-oui'],
  ARRETE: ['Arrêté', 'pastille-arrete'],
  ECHEC: ['Échec', 'pastille-non'],
};
const INTERVALLE_MS = 1000;

/**
 * The solver's score read in the ministry's words: « 0hard/-1medium/612345000soft » → « il manque 1 place aux minimums
 * régionaux ; 61 234,5 patients pondérés ». hard counts the strict rules broken (places, envelope, eligibility, maximums;
 * in mixed units, so only named), medium the places missing to the regional minimums, soft the value (weighted patients,
 * in units of 1/10 000: fr.enmr.allocation.domain.Valeur.ECHELLE).
 */
export function score(texte) {
  const m = /(-?\d+)hard\/(-?\d+)medium\/(-?\d+)soft/.exec(texte || '');
  if (!m) {
    return texte ? 'en cours d\'évaluation' : '—';
  }
  const [dures, moyennes, valeur] = m.slice(1).map(Number);
  const manques = [];
  if (dures !== 0) {
    manques.push('des règles strictes ne sont pas encore respectées (places, enveloppe, éligibilité ou maximums régionaux)');
  }
  if (moyennes !== 0) {
    const n = Math.abs(moyennes);
    manques.push(`il manque ${nombre(n, 0)} place${n > 1 ? 's' : ''} aux minimums régionaux`);
  }
  return `${manques.length ? manques.join(' ; ') : 'places, enveloppe et minimums régionaux respectés'} ; `
    + `valeur : ${nombre(valeur / 10000, 1)} patients pondérés`;
}

/** A text of the API without the solver's scores in brackets: « 1 place(s) de trop (-1hard) ; … » → « 1 place(s) de trop ; … ». */
export function sansScore(texte) {
  return (texte || '').replace(/\s*\((-?\d+(hard|medium|soft)\/?)+\)/g, '');
}

export class SuiviScenario {
  constructor(section, { quandEtat }) {
    this.section = section;
    this.quandEtat = quandEtat;
    this.minuterie = null;
    this.id = null;
    this.vue = null;
    section.querySelector('#arreter').addEventListener('click', () => this.arreter());
  }

  async ouvrir(id) {
    clearTimeout(this.minuterie);
    this.id = id;
    this.section.hidden = false;
    await this.interroger();
  }

  /** The scenario shown is gone (deleted): nothing is shown or polled any more. */
  fermer() {
    clearTimeout(this.minuterie);
    this.id = null;
    this.vue = null;
    this.section.hidden = true;
  }

  async interroger() {
    const id = this.id;
    let vue;
    try {
      vue = await appeler(`/api/scenarios/${encodeURIComponent(id)}`);
    } catch (erreur) {
      this.montrerErreur(erreur);
      return;
    }
    if (id !== this.id) {
      return;
    }
    this.afficher(vue);
    this.quandEtat(vue);
    if (vue.statut === 'EN_COURS') {
      this.minuterie = setTimeout(() => this.interroger(), INTERVALLE_MS);
    }
  }

  async arreter() {
    const bouton = this.section.querySelector('#arreter');
    bouton.disabled = true;
    try {
      const vue = await appeler(`/api/scenarios/${encodeURIComponent(this.id)}`, { method: 'DELETE' });
      clearTimeout(this.minuterie);
      this.afficher(vue);
      this.quandEtat(vue);
    } catch (erreur) {
      this.montrerErreur(erreur);
    }
  }

  afficher(vue) {
    this.vue = vue;
    const $ = (s) => this.section.querySelector(s);
    $('#titre-suivi').textContent = `Scénario « ${vue.nom} »`;
    const [libelle, classe] = STATUTS[vue.statut] || [vue.statut, ''];
    $('#statut').textContent = libelle;
    $('#statut').className = `pastille ${classe}`;
    $('#motif').textContent = vue.motif || '';
    const duree = vue.parametres.dureeMaxSecondes;
    const ecoulees = vue.progression.secondesEcoulees;
    const fini = vue.statut !== 'EN_COURS';
    $('#progression').value = fini ? 100 : Math.min(99, Math.round((100 * ecoulees) / duree));
    $('#progression-texte').textContent = fini
      ? `Calcul ${libelle.toLowerCase()} après ${nombre(ecoulees, 1)} s.`
      : `${nombre(ecoulees, 1)} s sur ${nombre(duree, 0)} s au plus.`;
    $('#score').textContent = score(vue.score);
    $('#ameliorations').textContent = nombre(vue.progression.historique.length, 0);
    $('#nombre-candidats').textContent = nombre(vue.nombreCandidats, 0);
    $('#scenario-id').textContent = vue.id;
    $('#arreter').disabled = fini;
    $('#arreter').hidden = fini;
  }

  montrerErreur(erreur) {
    this.section.hidden = false;
    this.section.querySelector('#titre-suivi').textContent = erreur.probleme.title || 'Scénario indisponible';
    this.section.querySelector('#motif').textContent = erreur.message;
    this.section.querySelector('#statut').textContent = '';
    this.section.querySelector('#statut').className = '';
    this.section.querySelector('#resultat-scenario').hidden = true;
  }
}
