package fr.enmr.web;

/** What every page resource shares. */
final class Pages {

    static final String HTML = "text/html;charset=UTF-8";

    private Pages() {
    }
}
