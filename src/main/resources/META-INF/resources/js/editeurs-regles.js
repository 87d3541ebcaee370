// The workshop's editors: the KIE DMN editor (loaded on first use: its bundle is large) and text areas with line numbers.

let chargement = null;

/** Loads the KIE DMN editor's bundle once (UMD global DMNEditor). */
function chargerEditeurDmn(script) {
  if (!chargement) {
    chargement = new Promise((resolu, rejete) => {
      if (window.DMNEditor) {
        resolu(window.DMNEditor);
        return;
      }
      const balise = document.createElement('script');
      balise.src = script;
      balise.onload = () => resolu(window.DMNEditor);
      balise.onerror = () => {
        chargement = null;
        rejete(new Error('L\'éditeur DMN n\'a pas pu être chargé.'));
      };
      document.head.append(balise);
    });
  }
  return chargement;
}

/** The KIE DMN editor in a container: opened on a model, read back with contenu(), told when the model changes. */
export class EditeurDmn {
  constructor(conteneur, script) {
    this.conteneur = conteneur;
    this.script = script;
    this.editeur = null;
    this.modifie = false;
    this.quandModifie = () => {};
  }

  /** Opens a model (the text of a .dmn file); read-only for versions that cannot change. */
  async ouvrir(nom, xml, lectureSeule) {
    const DMNEditor = await chargerEditeurDmn(this.script);
    this.fermer();
    this.modifie = false;
    this.editeur = DMNEditor.open({
      container: this.conteneur,
      initialContent: Promise.resolve(xml),
      initialFileNormalizedPosixPathRelativeToTheWorkspaceRoot: nom,
      readOnly: lectureSeule,
      locale: 'fr',
    });
    this.editeur.subscribeToContentChanges((sale) => {
      this.modifie = sale;
      this.quandModifie(sale);
    });
  }

  /** The model as the editor saves it (DMN 1.6 namespaces: the service brings them back to 1.5). */
  contenu() {
    if (!this.editeur) {
      return Promise.reject(new Error('L\'éditeur DMN est encore en cours de chargement : réessayez dans un instant.'));
    }
    return this.editeur.getContent();
  }

  enregistre() {
    this.editeur.markAsSaved();
    this.modifie = false;
  }

  fermer() {
    this.modifie = false;
    if (this.editeur) {
      this.editeur.close();
      this.editeur = null;
    }
    this.conteneur.replaceChildren();
  }
}

/** A text area with its line numbers beside it; lines can be marked (an error) and reached. */
export class EditeurTexte {
  constructor(zone) {
    this.zone = zone;
    this.texte = zone.querySelector('textarea');
    this.numeros = zone.querySelector('.numeros');
    this.marques = new Map();
    this.modifie = false;
    this.texte.addEventListener('input', () => {
      this.modifie = true;
      this.numeroter();
    });
    this.texte.addEventListener('scroll', () => {
      this.numeros.scrollTop = this.texte.scrollTop;
    });
  }

  get valeur() {
    return this.texte.value;
  }

  /** Replaces the text (a file just read or saved); read-only for versions that cannot change. */
  charger(texte, lectureSeule) {
    this.texte.value = texte;
    this.texte.readOnly = lectureSeule;
    this.modifie = false;
    this.marques.clear();
    this.numeroter();
  }

  /** Marks lines (from 1) with a message: errors of KIE at their line. */
  marquer(lignes) {
    this.marques = new Map(lignes.map((l) => [l.ligne, l.message]));
    this.numeroter();
  }

  numeroter() {
    const total = this.texte.value.split('\n').length;
    const lignes = [];
    for (let n = 1; n <= total; n++) {
      const span = document.createElement('span');
      span.textContent = String(n);
      if (this.marques.has(n)) {
        span.className = 'ligne-en-erreur';
        span.title = this.marques.get(n);
      }
      lignes.push(span, '\n');
    }
    this.numeros.replaceChildren(...lignes);
    this.numeros.scrollTop = this.texte.scrollTop;
  }

  /** Selects a line and scrolls to it. */
  allerA(ligne) {
    const lignes = this.texte.value.split('\n');
    const debut = lignes.slice(0, ligne - 1).reduce((n, l) => n + l.length + 1, 0);
    const fin = debut + (lignes[ligne - 1] || '').length;
    this.texte.focus();
    this.texte.setSelectionRange(debut, fin);
    const hauteur = parseFloat(getComputedStyle(this.texte).lineHeight) || 18;
    this.texte.scrollTop = Math.max(0, (ligne - 3) * hauteur);
  }
}
