// The journal of the rules' versions (GET /api/regles/journal): who did what to which version, and when.
import { dateHeure, el } from './commun.js';
import { journal } from './api-regles.js';
import { messageErreur } from './erreurs-regles.js';

/** Every action the service journals (StoredEvenementRegles), in words. */
export const ACTIONS = {
  REDIGEE: 'brouillon créé',
  CREEE: 'brouillon créé',
  MODIFIEE: 'brouillon modifié',
  SOUMISE: 'soumise',
  APPROUVEE: 'approuvée et publiée',
  PUBLIEE: 'publiée',
  REJETEE: 'rejetée',
  REACTIVEE: 'réactivée',
  IMPORTEE: 'importée du déploiement',
  DEPLOYEE: 'publiée par le déploiement',
  APPROBATION_REFUSEE: 'approbation refusée (base périmée)',
  REBASEE: 'reportée sur la version active',
};

/** An action in words; one the page does not know yet is said as such, never as its code. */
export function action(code) {
  return ACTIONS[(code || '').toUpperCase()] || 'autre action';
}

export class JournalRegles {
  /** @param rappels.nom the readable name of a version by id (« v7 »), null when unknown */
  constructor(zone, rappels = { nom: () => null }) {
    this.zone = zone;
    this.rappels = rappels;
  }

  async charger() {
    const etat = this.zone.querySelector('#journal-etat');
    try {
      const reponse = await journal();
      const entrees = reponse.evenements || [];
      this.zone.querySelector('tbody').replaceChildren(...entrees.map((e) => el('tr', { 'data-action': e.action },
        el('td', {}, e.horodatage ? dateHeure(e.horodatage) : '—'),
        el('td', {}, e.auteur || '—'),
        el('td', { classe: 'action-journal' }, action(e.action)),
        el('td', {}, this.version(e.version)),
        el('td', {}, e.action === 'MODIFIEE' && e.motif ? `fichier ${e.motif}` : (e.motif || '')))));
      etat.textContent = entrees.length ? '' : 'Rien encore.';
    } catch (e) {
      etat.textContent = messageErreur(e);
    }
  }

  version(id) {
    if (!id) {
      return '—';
    }
    const nom = this.rappels.nom(id);
    return nom ? el('strong', { title: id, classe: 'nom-version' }, nom) : el('code', { classe: 'coupable' }, id);
  }
}
