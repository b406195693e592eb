/* Một Cửa: the little script the pages need. No inline handlers beyond calling these functions. */
window.motcua = window.motcua || {};

/**
 * Copies the text of the input with the given id. navigator.clipboard needs a secure context (https or
 * localhost); elsewhere the selected text is copied the old way, and at worst stays selected for Ctrl+C.
 */
window.motcua.copy = function (inputId, button) {
    var input = document.getElementById(inputId);
    if (!input) {
        return;
    }
    input.focus();
    input.select();
    var done = function () {
        var label = button && button.querySelector('.ui-button-text');
        var copied = button && button.getAttribute('data-copied');
        if (label && copied) {
            var before = label.textContent;
            label.textContent = copied;
            setTimeout(function () { label.textContent = before; }, 2000);
        }
    };
    if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(input.value).then(done, function () {
            document.execCommand('copy');
            done();
        });
    } else {
        try {
            document.execCommand('copy');
            done();
        } catch (e) {
            /* the text stays selected */
        }
    }
};

/** Focuses the first of the elements with these ids that is on the page (after a row is moved or removed). */
window.motcua.focusFirst = function () {
    for (var i = 0; i < arguments.length; i++) {
        var e = document.getElementById(arguments[i]);
        if (e) {
            e.focus();
            return;
        }
    }
};

/** Focuses the last element matching the selector inside the element with the given id (a row just added). */
window.motcua.focusLast = function (id, selector) {
    var c = document.getElementById(id);
    var all = c ? c.querySelectorAll(selector) : [];
    if (all.length) {
        all[all.length - 1].focus();
    }
};
