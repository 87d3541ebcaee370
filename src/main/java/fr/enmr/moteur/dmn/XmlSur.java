package fr.enmr.moteur.dmn;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.SAXException;

/** The one way an analyst's XML (a DMN file) is parsed: namespace-aware, and a DOCTYPE refused before anything is resolved. */
public final class XmlSur {

    private XmlSur() {
    }

    /** A SAX parser with no external entity (XXE) and no entity expansion. */
    public static SAXParser analyseur() throws ParserConfigurationException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory.newSAXParser();
    }
}
