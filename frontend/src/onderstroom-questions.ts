/*
 * <onderstroom-questions>: one step of the respondent's survey, drawn in the browser.
 *
 * The server (scan.ui.QuestionForm) sends one document with show(data): the questions in screen order, the
 * answers given so far, the problems to mark, and the counter's wording. Nothing of it stays on the server
 * (docs/decisions/light-respondent-session.md): a question drawn here costs the server no element, where a
 * server-side radio group of five costs about twelve.
 *
 * The fields are Vaadin's own web components (radio group, checkbox group, text area), so keyboard use, screen
 * readers, the phone layout and the look are those of the rest of the portal. Every change goes to the server as
 * one `answer` event {id, value}: at once for a choice, for a text 400 ms after the last key (as Flow's LAZY mode)
 * and at once when the field is left. mark(problems) shows a problem at its field (invalid, with its message, which
 * screen readers read with the field); focusFirstProblem() moves the focus to the first one.
 */
import { LitElement, html, nothing, TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import '@vaadin/radio-group';
import '@vaadin/checkbox-group';
import '@vaadin/text-area';

interface Option { value: string; label: string; }
interface Field {
  id: string;
  kind: 'radio' | 'checks' | 'text' | 'note' | 'group' | 'list';
  label?: string;
  /** The name a screen reader reads, when the label alone does not say what the question is about. */
  name?: string;
  helper?: string;
  required?: boolean;
  vertical?: boolean;
  muted?: boolean;
  options?: Option[];
  max?: number;
  fields?: Field[];
}
interface Data {
  fields: Field[];
  values: { [id: string]: string | string[] | null };
  problems: { [id: string]: string };
  /** The counter under a text, with {0} for the length and {1} for the maximum. */
  counter: string;
  lang: string;
}

const TEXT_DELAY = 400;

@customElement('onderstroom-questions')
export class OnderstroomQuestions extends LitElement {

  @property({ attribute: false }) data: Data = { fields: [], values: {}, problems: {}, counter: '{0} / {1}', lang: 'en' };

  private timers = new Map<string, number>();

  // light DOM: the page's ids and the theme reach the fields, and tests find them as before
  protected createRenderRoot() {
    return this;
  }

  show(data: Data) {
    this.timers.forEach(t => clearTimeout(t));
    this.timers.clear();
    this.data = data;
  }

  mark(problems: { [id: string]: string }) {
    this.data = { ...this.data, problems };
  }

  async focusFirstProblem() {
    await this.updateComplete;
    const first = this.querySelector('[invalid]') as HTMLElement | null;
    if (first) {
      // a radio or checkbox group is not focusable itself: the focus goes to its first control (or the text area)
      const control = (first.querySelector('input, textarea') as HTMLElement | null) ?? first;
      control.focus();
      first.scrollIntoView({ block: 'center' });
    }
  }

  private send(id: string, value: string | string[] | null) {
    const before = this.data.values[id] ?? (Array.isArray(value) ? [] : null);
    if (JSON.stringify(before) === JSON.stringify(value)) {
      return;
    }
    this.data.values[id] = value;
    this.dispatchEvent(new CustomEvent('answer', { detail: { id, value } }));
  }

  private typed(id: string, value: string, now: boolean) {
    const pending = this.timers.get(id);
    if (pending) {
      clearTimeout(pending);
      this.timers.delete(id);
    }
    if (now) {
      this.send(id, value);
    } else {
      this.timers.set(id, window.setTimeout(() => {
        this.timers.delete(id);
        this.send(id, value);
      }, TEXT_DELAY));
    }
  }

  private counter(length: number, max: number) {
    const n = new Intl.NumberFormat(this.data.lang);
    return this.data.counter.replace('{0}', n.format(length)).replace('{1}', n.format(max));
  }

  render() {
    return html`${this.data.fields.map(f => this.field(f))}`;
  }

  private field(f: Field): TemplateResult | typeof nothing {
    const problem = this.data.problems[f.id];
    const value = this.data.values[f.id];
    switch (f.kind) {
      case 'note':
        return html`<p id=${f.id || nothing} class=${f.muted ? 'onderstroom-muted' : nothing}>${f.label}</p>`;
      case 'list':
        return html`<ul id=${f.id || nothing} class="review-list">${(f.options ?? []).map(o => html`<li>${o.label}</li>`)}</ul>`;
      case 'group':
        return f.label
          ? html`<section id=${f.id} class="onderstroom-card" aria-labelledby=${f.id + '-title'}>
              <h2 id=${f.id + '-title'} class="onderstroom-card-title">${f.label}</h2>
              ${(f.fields ?? []).map(c => this.field(c))}</section>`
          : html`<div id=${f.id} class="onderstroom-cards">${(f.fields ?? []).map(c => this.field(c))}</div>`;
      case 'radio':
        return html`<vaadin-radio-group id=${f.id} label=${f.label ?? ''} accessible-name=${f.name ?? nothing}
            helper-text=${f.helper ?? nothing} theme=${f.vertical ? 'vertical' : nothing}
            ?required=${!!f.required} aria-required=${f.required ? 'true' : nothing} .manualValidation=${true}
            ?invalid=${!!problem} error-message=${problem ?? ''} .value=${(value as string) ?? ''}
            @value-changed=${(e: CustomEvent) => this.send(f.id, e.detail.value === '' ? null : e.detail.value)}>
            ${(f.options ?? []).map(o => html`<vaadin-radio-button value=${o.value} label=${o.label}></vaadin-radio-button>`)}
          </vaadin-radio-group>`;
      case 'checks':
        return html`<vaadin-checkbox-group id=${f.id} label=${f.label ?? ''} accessible-name=${f.name ?? nothing}
            helper-text=${f.helper ?? nothing} theme="vertical" .manualValidation=${true}
            ?invalid=${!!problem} error-message=${problem ?? ''} .value=${(value as string[]) ?? []}
            @value-changed=${(e: CustomEvent) => this.send(f.id, [...e.detail.value])}>
            ${(f.options ?? []).map(o => html`<vaadin-checkbox value=${o.value} label=${o.label}></vaadin-checkbox>`)}
          </vaadin-checkbox-group>`;
      case 'text': {
        const text = (value as string) ?? '';
        return html`<vaadin-text-area id=${f.id} label=${f.label ?? ''} accessible-name=${f.name ?? nothing}
            maxlength=${f.max ?? nothing} .value=${text} helper-text=${this.counter(text.length, f.max ?? 0)}
            ?invalid=${!!problem} error-message=${problem ?? ''} .manualValidation=${true}
            @input=${(e: Event) => {
              const area = e.target as HTMLElement & { value: string; helperText: string };
              area.helperText = this.counter(area.value.length, f.max ?? 0);
              this.typed(f.id, area.value, false);
            }}
            @change=${(e: Event) => this.typed(f.id, (e.target as HTMLInputElement).value, true)}>
          </vaadin-text-area>`;
      }
    }
    return nothing;
  }
}
