// The stored scenarios offered for comparison, newest first, from GET /api/scenarios (a page at a time).
import { appeler, dateHeure } from './commun.js';

const TAILLE = 50;
export const STATUTS = { EN_COURS: 'en cours', TERMINE: 'terminé', ARRETE: 'arrêté', ECHEC: 'échec' };

export class ScenariosEnregistres {
  /** @param listes the selects to fill; etat the status line; plus the button that asks for older ones */
  constructor(listes, etat, plus) {
    this.listes = listes;
    this.etat = etat;
    this.plus = plus;
    this.page = 0;
    plus.addEventListener('click', () => this.charger(this.page + 1));
  }

  /** Reloads from the newest, keeping what was chosen. */
  async rafraichir() {
    await this.charger(0);
  }

  async charger(page) {
    let reponse;
    try {
      reponse = await appeler(`/api/scenarios?page=${page}&taille=${TAILLE}`);
    } catch (erreur) {
      this.etat.textContent = `La liste des scénarios n'a pas pu être lue : ${erreur.message}`;
      return;
    }
    this.page = page;
    for (const liste of this.listes) {
      const choisi = liste.value;
      if (page === 0) {
        liste.replaceChildren(new Option('— Choisir —', ''));
      }
      liste.append(...reponse.scenarios.map((s) => new Option(libelle(s), s.id)));
      liste.value = choisi && [...liste.options].some((o) => o.value === choisi) ? choisi : '';
    }
    const proposes = Math.min(reponse.total, (page + 1) * TAILLE);
    this.etat.textContent = reponse.total === 0 ? 'Aucun scénario enregistré pour l\'instant.'
      : `${proposes} scénario${proposes > 1 ? 's' : ''} proposé${proposes > 1 ? 's' : ''} sur ${reponse.total}.`;
    this.plus.hidden = proposes >= reponse.total;
  }
}

function libelle(s) {
  return `${s.nom} — ${STATUTS[s.statut] || s.statut} — ${dateHeure(s.creeLe)}`;
}
