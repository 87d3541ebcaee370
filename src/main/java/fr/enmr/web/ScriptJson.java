package fr.enmr.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** JSON for a page's {@code <script type="application/json">} block: nothing in it can close the element. */
final class ScriptJson {

    private ScriptJson() {
    }

    static String of(ObjectMapper json, Object value) {
        try {
            return json.writeValueAsString(value)
                    .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                    .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write page data as JSON", e);
        }
    }
}
