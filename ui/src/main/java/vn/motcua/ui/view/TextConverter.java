package vn.motcua.ui.view;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.html.HtmlInputSecret;
import jakarta.faces.component.html.HtmlInputTextarea;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.util.Locale;
import vn.motcua.shared.DomainException.FieldError;
import vn.motcua.shared.Messages;
import vn.motcua.shared.Text;

/**
 * Every text typed into a screen goes through {@link Text} on its way into the model, like REST bodies and imports:
 * control characters and lone surrogates are a conversion error shown at the field, and the text is NFC. Text areas
 * are {@link Text.Kind#TEXT} (line breaks allowed), password fields {@link Text.Kind#SECRET} (kept as typed), other
 * inputs {@link Text.Kind#TITLE}; the services then apply the field's own kind (a name is at most 300 characters).
 * Registered for String, so no page has to name it.
 */
@FacesConverter(forClass = String.class)
public class TextConverter implements Converter<String> {

    @Override
    public String getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null) {
            return null;
        }
        Text.Kind kind = component instanceof HtmlInputSecret || component.getClass().getSimpleName().equals("Password")
                ? Text.Kind.SECRET : component instanceof HtmlInputTextarea ? Text.Kind.TEXT : Text.Kind.TITLE;
        String label = label(component);
        FieldError e = Text.problem(label, value, kind);
        if (e != null) {
            Locale locale = Messages.pick(context.getViewRoot() == null ? null : context.getViewRoot().getLocale());
            String message = Messages.format(locale, e.messageKey(), e.args());
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    label == null ? message : label + ": " + message, message));
        }
        return kind == Text.Kind.SECRET ? value : Text.nfc(value);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, String value) {
        return value == null ? "" : value;
    }

    private static String label(UIComponent component) {
        Object label = component.getAttributes().get("label");
        return label == null ? null : label.toString();
    }
}
