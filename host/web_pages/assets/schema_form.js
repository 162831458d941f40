'use strict';
// A form generated from a JSON Schema (draft 4, the manifest's settings schema, R1): one
// input per property by its type, titles and descriptions in the page's language
// (x-translations), required marks, write-only properties as password inputs that are
// never filled in, and errors shown at their field, the host's (422) as well as our own.

const SchemaForm = (() => {
  const { h, t } = App;

  // A property's words in the page's language: x-translations.<lang>, else the schema's.
  function word(property, name) {
    const translations = property['x-translations'] && property['x-translations'][I18n.language()];
    return (translations && translations[name]) || property[name] || '';
  }

  function title_of(property, name) {
    return word(property, 'title') || name;
  }

  function enum_label(name, value) {
    const key = `enum.${name}.${value}`;
    return I18n.has(key) ? t(key) : String(value);
  }

  // The message for one failed rule, in the page's language; the host's words otherwise.
  function rule_text(error, property) {
    const rule = error.rule;
    const limit = error.limit !== undefined ? error.limit
      : property ? { minLength: property.minLength, maxLength: property.maxLength, minimum: property.minimum, maximum: property.maximum }[rule] : undefined;
    if (rule === 'pattern') {
      const hint = property ? word(property, 'x-format-hint') : '';
      return hint ? t('rule.pattern_hint', { hint }) : t('rule.pattern');
    }
    if (rule === 'type' && property && property.type === 'integer') return t('rule.integer');
    if (rule === 'anyOf' && error.any_of_titles) return t('rule.anyOf_fields', { fields: error.any_of_titles });
    const key = `rule.${rule}`;
    if (I18n.has(key) && (limit !== undefined || !['minLength', 'maxLength', 'minimum', 'maximum'].includes(rule))) {
      return t(key, { limit: limit === undefined ? '' : App.number(limit) });
    }
    return error.message || t('rule.invalid');
  }

  function create(schema, container, options = {}) {
    const properties = schema.properties || {};
    const required = new Set(schema.required || []);
    const any_of = (schema.anyOf || []).map((branch) => branch.required || []).filter((names) => names.length);
    const inputs = new Map();
    const prefix = options.prefix || 'setting';

    function any_of_titles() {
      return any_of.map((names) => names.map((name) => t('common.quoted', { text: title_of(properties[name] || {}, name) })).join(` ${t('common.or')} `)).join('; ');
    }

    function input_for(name, property) {
      const id = `${prefix}-${name}`;
      const common = { id, name, 'aria-describedby': `${id}-help ${id}-error`, 'data-property': name };
      if (Array.isArray(property.enum)) {
        const select = h('select', common);
        if (!('default' in property)) select.append(h('option', { value: '' }, t('schema.choose')));
        for (const value of property.enum) select.append(h('option', { value: String(value) }, enum_label(name, value)));
        if ('default' in property) select.value = String(property.default);
        // A required choice with one option (one order type, say) is made already.
        else if (property.enum.length === 1 && required.has(name)) select.value = String(property.enum[0]);
        return select;
      }
      if (property.type === 'boolean') {
        return h('input', { ...common, type: 'checkbox', checked: property.default === true });
      }
      if (property.type === 'integer' || property.type === 'number') {
        return h('input', {
          ...common, type: 'number', inputmode: 'numeric', min: property.minimum, max: property.maximum,
          step: property.type === 'integer' ? 1 : 'any', value: 'default' in property ? property.default : null,
        });
      }
      if (property.writeOnly) {
        // Secrets: typed in, sent once, never filled back or kept by the browser's autofill.
        return h('input', { ...common, type: 'password', autocomplete: 'new-password', spellcheck: 'false' });
      }
      return h('input', {
        ...common, type: 'text', autocomplete: 'off', spellcheck: 'false',
        maxlength: property.maxLength, value: 'default' in property && typeof property.default === 'string' ? property.default : null,
      });
    }

    function field_for(name, property) {
      const input = input_for(name, property);
      inputs.set(name, input);
      const help = [];
      const description = word(property, 'description');
      if (description) help.push(description);
      if (property.writeOnly) help.push(t('schema.write_only'));
      const label = h('label', { for: input.id },
        title_of(property, name),
        required.has(name) ? h('span', { class: 'required-mark', title: t('schema.required') }, '*') : null);
      const field = property.type === 'boolean'
        ? h('div', { class: 'field', 'data-field': name }, h('div', { class: 'checkbox-field field' }, input, label))
        : h('div', { class: 'field', 'data-field': name }, label, input);
      field.append(
        h('div', { class: 'field-help', id: `${input.id}-help` }, help.join(' ')),
        h('div', { class: 'field-error', id: `${input.id}-error`, 'data-error-for': name, role: 'alert' }));
      input.addEventListener('change', () => show_own_check(name));
      return field;
    }

    function build() {
      App.clear(container);
      inputs.clear();
      if (any_of.length) container.append(h('p', { class: 'form-note muted small', id: `${prefix}-any-of` }, t('schema.any_of_note', { fields: any_of_titles() })));
      const grid = h('div', { class: 'form-grid' });
      for (const [name, property] of Object.entries(properties)) grid.append(field_for(name, property));
      container.append(grid);
    }

    function raw_value(name) {
      const input = inputs.get(name);
      if (input.type === 'checkbox') return input.checked;
      return input.value.trim();
    }

    // What the host gets: empty inputs are left out (absent, not ""), numbers as numbers.
    function values() {
      const settings = {};
      for (const [name, property] of Object.entries(properties)) {
        const value = raw_value(name);
        if (value === '') continue;
        if ((property.type === 'integer' || property.type === 'number') && /^-?\d+(\.\d+)?$/.test(value)) settings[name] = Number(value);
        else settings[name] = value;
      }
      return settings;
    }

    function check_one(name, value) {
      const property = properties[name];
      if (value === '' || value === undefined) return required.has(name) ? { rule: 'required' } : null;
      if (property.type === 'integer') {
        if (!/^-?\d+$/.test(String(value))) return { rule: 'type' };
        const number = Number(value);
        if (property.minimum !== undefined && number < property.minimum) return { rule: 'minimum' };
        if (property.maximum !== undefined && number > property.maximum) return { rule: 'maximum' };
        return null;
      }
      if (typeof value !== 'string') return null;
      if (property.minLength !== undefined && [...value].length < property.minLength) return { rule: 'minLength' };
      if (property.maxLength !== undefined && [...value].length > property.maxLength) return { rule: 'maxLength' };
      if (property.pattern) {
        try {
          if (!new RegExp(property.pattern).test(value)) return { rule: 'pattern' };
        } catch (error) {
          // A pattern JavaScript cannot read is left to the host.
        }
      }
      if (Array.isArray(property.enum) && !property.enum.map(String).includes(value)) return { rule: 'enum' };
      return null;
    }

    function show_own_check(name) {
      const problem = check_one(name, raw_value(name));
      set_error(name, problem ? rule_text(problem, properties[name]) : '');
    }

    function set_error(name, text) {
      const input = inputs.get(name);
      if (!input) return false;
      const slot = container.querySelector(`[data-error-for="${CSS.escape(name)}"]`);
      slot.textContent = text;
      input.classList.toggle('has-error', Boolean(text));
      if (text) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
      return true;
    }

    function clear_errors() {
      for (const name of inputs.keys()) set_error(name, '');
    }

    // The host's 422 fields, each at its input; the ones with no input come back.
    function show_errors(fields) {
      clear_errors();
      const unplaced = [];
      let first = null;
      for (const error of fields || []) {
        const name = App.field_name(error.field);
        const property = properties[name];
        const described = { ...error, any_of_titles: error.rule === 'anyOf' ? any_of_titles() : undefined };
        const text = rule_text(described, property);
        if (property && set_error(name, text)) {
          first = first || inputs.get(name);
        } else {
          unplaced.push({ ...error, text });
        }
      }
      if (first) first.focus();
      return unplaced;
    }

    build();
    return { values, show_errors, clear_errors, reset: build, title_of: (name) => title_of(properties[name] || {}, name) };
  }

  return { create, word, title_of, rule_text, enum_label };
})();
