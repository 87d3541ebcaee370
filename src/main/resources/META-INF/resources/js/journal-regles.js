// The journal of the rules' versions (GET /api/regles/journal): who did what to which version, and when.
import { dateHeure, el } from './commun.js';
import { journal } from './api-regles.js';
import { messageErreur } from './erreurs-regles.js';

const ACTIONS = {
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

export class JournalRegles {
  constructor(zone) {
    this.zone = zone;
  }

  async charger() {
    const etat = this.zone.querySelector('#journal-etat');
    try {
      const reponse = await journal();
      const entrees = reponse.evenements || [];
      this.zone.querySelector('tbody').replaceChildren(...entrees.map((e) => el('tr', { 'data-action': e.action },
        el('td', {}, e.horodatage ? dateHeure(e.horodatage) : '—'),
        el('td', {}, e.auteur || '—'),
        el('td', {}, ACTIONS[e.action] || (e.action || '').toLowerCase()),
        el('td', {}, el('code', { classe: 'coupable' }, e.version || '—')),
        el('td', {}, e.action === 'MODIFIEE' && e.motif ? `fichier ${e.motif}` : (e.motif || '')))));
      etat.textContent = entrees.length ? '' : 'Rien encore.';
    } catch (e) {
      etat.textContent = messageErreur(e);
    }
  }
}
