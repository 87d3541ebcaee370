// The CSV import of the ARS page: the file read into dossiers by POST /decisions/csv, each dossier then sent to
// POST /api/decisions like a typed one, and every line's outcome shown: its decision, or the fields the API refused.
import { el, envoyer, euros } from './commun.js';

export class ImportCsv {
  /** @param quandDecide called after the file, to refresh the list; ouvrir(id) shows a decision */
  constructor(bloc, { quandDecide, ouvrir }) {
    this.message = bloc.querySelector('#message-csv');
    this.table = bloc.querySelector('#resultats-csv');
    this.quandDecide = quandDecide;
    this.ouvrir = ouvrir;
    bloc.querySelector('#fichier-csv').addEventListener('change', async (e) => {
      const fichier = e.target.files[0];
      if (fichier) {
        await this.importer(fichier);
        e.target.value = '';
      }
    });
  }

  async importer(fichier) {
    const corps = this.table.querySelector('tbody');
    corps.replaceChildren();
    this.table.hidden = true;
    this.message.textContent = `Lecture de « ${fichier.name} »…`;
    let lignes;
    const texte = await fichier.text();
    try {
      ({ lignes } = await envoyer('/decisions/csv', texte, 'text/csv'));
    } catch (erreur) {
      const details = erreur.violations.map((v) => (v.champ === 'corps' ? v.message : `colonne « ${v.champ} » : ${v.message}`));
      this.message.replaceChildren(`Le fichier « ${fichier.name} » n'a pas été lu : ${details.length ? '' : erreur.message}`,
        details.length ? el('ul', {}, details.map((d) => el('li', {}, d))) : null);
      return;
    }
    if (!lignes.length) {
      this.message.textContent = `Le fichier « ${fichier.name} » ne contient aucun dossier.`;
      return;
    }
    this.table.hidden = false;
    let decides = 0;
    const empreinte = await empreinteDe(texte);
    for (const [n, ligne] of lignes.entries()) {
      this.message.textContent = `Dossier ${n + 1} sur ${lignes.length}…`;
      // the same file imported again gives the same keys: the API answers the decisions already taken, and stores nothing new
      const resultat = await this.decider(ligne, `csv-${empreinte}-${ligne.ligne}`);
      decides += resultat.decide ? 1 : 0;
      corps.append(el('tr', { classe: resultat.decide ? '' : 'ligne-refusee' },
        el('td', { classe: 'nombre' }, String(ligne.ligne)),
        el('td', {}, (ligne.dossier && ligne.dossier.reference) || '—'),
        el('td', {}, resultat.contenu)));
    }
    this.message.textContent = `« ${fichier.name} » : ${decides} dossier${decides > 1 ? 's' : ''} décidé${decides > 1 ? 's' : ''}`
      + ` sur ${lignes.length} ; ${lignes.length - decides} refusé${lignes.length - decides > 1 ? 's' : ''}.`;
    this.quandDecide();
  }

  async decider(ligne, cle) {
    if (!ligne.dossier) {
      return { decide: false, contenu: erreurs(ligne.ligne, ligne.erreurs) };
    }
    try {
      const decision = await envoyer('/api/decisions', ligne.dossier, 'application/json', { 'Idempotency-Key': cle });
      const ouvrir = el('a', { href: `/decisions?id=${encodeURIComponent(decision.id)}` }, 'Ouvrir la décision');
      ouvrir.addEventListener('click', (e) => {
        e.preventDefault();
        this.ouvrir(decision.id);
      });
      return {
        decide: true,
        contenu: [el('span', { classe: `pastille ${decision.eligible ? 'pastille-oui' : 'pastille-non'}` },
          decision.eligible ? 'Éligible' : 'Non éligible'), ` ${euros(decision.total)} — `, el('code', {}, decision.id), ' ', ouvrir],
      };
    } catch (erreur) {
      return {
        decide: false,
        contenu: erreur.violations.length ? erreurs(ligne.ligne, erreur.violations) : el('p', { classe: 'erreur' }, erreur.message),
      };
    }
  }
}

/** SHA-256 of the file's text in hexadecimal (Web Crypto; outside a secure context, two 53-bit string hashes). */
async function empreinteDe(texte) {
  if (globalThis.crypto && crypto.subtle) {
    const octets = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(texte)));
    return Array.from(octets, (o) => o.toString(16).padStart(2, '0')).join('');
  }
  return `${cyrb53(texte, 1).toString(16)}${cyrb53(texte, 2).toString(16)}`;
}

function cyrb53(texte, graine) {
  let h1 = 0xdeadbeef ^ graine;
  let h2 = 0x41c6ce57 ^ graine;
  for (let i = 0; i < texte.length; i++) {
    const c = texte.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** « Ligne 3, colonne professionnels[0].nombre : doit être… » for each refused field. */
function erreurs(numero, violations) {
  return el('ul', { classe: 'erreurs-ligne' }, violations.map((v) => el('li', { classe: 'erreur' },
    v.champ === 'corps' ? v.message : `Ligne ${numero}, colonne ${v.champ} : ${v.message}`)));
}
