// A number per region (the scenario's own regional minimums or maximums) chosen from the regions, not typed as codes:
// the choice is written in the form's hidden field as « CORSE:1, GUYANE:2 », which champs.js reads for the API.
import { el } from './commun.js';

export class RegionsChoisies {
  /** @param bloc a fieldset holding the hidden field (data-type « regions ») and saying in data-nombre what the number is */
  constructor(bloc, libelle) {
    this.champ = bloc.querySelector('input[type="hidden"]');
    this.libelle = libelle;
    this.choix = new Map();
    const id = this.champ.name.replace(/[^A-Za-z0-9]+/g, '-');
    const regions = Object.entries(libelle.listes.Region || {}).sort(([, a], [, b]) => a.localeCompare(b, 'fr'));
    this.region = el('select', { id: `${id}-region` }, regions.map(([code, nom]) => el('option', { value: code }, nom)));
    this.nombre = el('input', { id: `${id}-nombre`, type: 'text', inputmode: 'numeric', autocomplete: 'off' });
    this.liste = el('ul', { classe: 'regions-liste' });
    const ajouter = el('button', { type: 'button', classe: 'secondaire' }, 'Ajouter');
    ajouter.addEventListener('click', () => this.ajouter());
    this.nombre.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        this.ajouter();
      }
    });
    bloc.append(
      el('div', { classe: 'regions-saisie' },
        el('div', { classe: 'champ' }, el('label', { for: this.region.id }, 'Région'), this.region),
        el('div', { classe: 'champ' }, el('label', { for: this.nombre.id }, bloc.dataset.nombre), this.nombre),
        ajouter),
      this.liste);
  }

  ajouter() {
    const n = this.nombre.value.trim();
    if (!/^\d+$/.test(n)) {
      this.nombre.focus();
      return; // nothing to add; an empty or unreadable number is not sent
    }
    this.choix.set(this.region.value, Number(n));
    this.nombre.value = '';
    this.ecrire();
  }

  ecrire() {
    this.champ.value = [...this.choix].map(([region, n]) => `${region}:${n}`).join(', ');
    this.liste.replaceChildren(...[...this.choix].map(([region, n]) => {
      const retirer = el('button', { type: 'button', classe: 'retirer', 'aria-label': `Retirer ${this.libelle('Region', region)}` }, 'Retirer');
      retirer.addEventListener('click', () => {
        this.choix.delete(region);
        this.ecrire();
      });
      return el('li', { 'data-region': region }, `${this.libelle('Region', region)} : ${n} `, retirer);
    }));
  }
}
