// Two analysts at once (rules-api.md): a version drafted from a version that is no longer the active one cannot be
// approved; it is carried onto the active version (« …/rebase ») as a new draft, or its conflicts are listed.
import { el } from './commun.js';
import { reporter } from './api-regles.js';
import { messageErreur } from './erreurs-regles.js';

export class RebaseRegles {
  /** @param zone the panel; @param quandReporte called with the new draft once created */
  constructor(zone, { quandReporte }) {
    this.zone = zone;
    this.quandReporte = quandReporte;
  }

  effacer() {
    this.zone.hidden = true;
    this.zone.replaceChildren();
  }

  /** Whether a refused approval is the stale base's 409: then shown, with the rebase button. */
  montrerRefus(version, e) {
    const p = e && e.probleme;
    if (!p || e.statut !== 409 || !p.rebase) {
      return false;
    }
    this.proposer(version, p.base, p.active); // the refusal's detail is in the review's status line already
    return true;
  }

  /** Offers to carry the version onto the active one. */
  proposer(version, base, active) {
    const bouton = el('button', { type: 'button', id: 'reporter' }, 'Reporter sur la version active');
    const etat = el('p', { classe: 'message', role: 'status', id: 'etat-report' });
    bouton.addEventListener('click', () => this.reporter(version, bouton, etat));
    this.zone.replaceChildren(
      el('h4', {}, 'La base de cette version n\'est plus la version active'),
      el('p', {}, 'Base : ', el('code', { 'data-base': base }, base || '—'), ' ; version active : ', el('code', { 'data-active': active }, active || '—'), '.'),
      el('p', {}, 'L\'approuver déferait les changements publiés depuis sa base : reportez-la sur la version active (un nouveau '
        + 'brouillon portant ses changements), puis faites approuver ce brouillon.'),
      el('div', { classe: 'actions' }, bouton, etat),
    );
    this.zone.hidden = false;
  }

  async reporter(version, bouton, etat) {
    bouton.disabled = true;
    etat.textContent = 'Report sur la version active et validation par KIE…';
    try {
      const nouveau = await reporter(version.id);
      etat.textContent = `Brouillon ${nouveau.id} créé sur la version active.`;
      await this.quandReporte(nouveau);
    } catch (e) {
      etat.textContent = messageErreur(e);
      const conflits = (e.probleme && e.probleme.conflits) || [];
      if (conflits.length) {
        this.zone.append(el('ul', { classe: 'erreurs-regles conflits-regles' }, conflits.map((c) => el('li', {
          classe: 'conflit-regle', 'data-fichier': c.fichier || '', 'data-element': c.element || '', 'data-ligne': c.ligne || '',
        },
        el('strong', {}, [c.fichier, c.element ? `« ${c.element} »` : null, c.ligne ? `ligne ${c.ligne}` : null].filter(Boolean).join(' — ')),
        el('dl', {},
          el('dt', {}, 'Base'), el('dd', { classe: 'feel' }, c.base ?? '(absent)'),
          el('dt', {}, 'Version active'), el('dd', { classe: 'feel' }, c.active ?? '(absent)'),
          el('dt', {}, 'Cette version'), el('dd', { classe: 'feel' }, c.version ?? '(absent)'))))));
      }
    } finally {
      bouton.disabled = false;
    }
  }
}
