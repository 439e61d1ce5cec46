import { ChangeDetectionStrategy, Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
// Defines the four elements.
import 'sp-finance-widgets';
import { SandboxDataSource, type SpSettlementSelectEvent } from 'sp-finance-widgets/classes';

/** All four elements on the built-in sandbox; a settlement id in a payout drives the sunburst. */
@Component({
  selector: 'app-root',
  // The sp- tags are custom elements: Angular passes their properties, attributes and events on.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <main>
      <h1>sp-finance-widgets in Angular</h1>
      <div class="grid">
        <sp-balance-card [dataSource]="source"></sp-balance-card>
        <sp-expected-payout
          [dataSource]="source"
          (sp-settlement-select)="selectSettlement($event)"
        ></sp-expected-payout>
      </div>
      <section aria-labelledby="summary-heading">
        <h2 id="summary-heading">
          {{ settlementId() ? 'Settlement ' + settlementId() : 'Financial summary' }}
        </h2>
        <sp-summary-sunburst
          [dataSource]="source"
          [attr.settlement-id]="settlementId()"
        ></sp-summary-sunburst>
      </section>
      <section aria-labelledby="payouts-heading">
        <h2 id="payouts-heading">Payouts</h2>
        <p>Open a payout and pick one of its settlement ids to see that settlement above.</p>
        <sp-payout-list
          [dataSource]="source"
          (sp-settlement-select)="selectSettlement($event)"
        ></sp-payout-list>
      </section>
    </main>
  `,
})
export class AppComponent {
  /** One data source for the page: no backend needed. */
  protected readonly source = new SandboxDataSource();
  protected readonly settlementId = signal<string | undefined>(undefined);

  /** With strictTemplates, `$event` arrives typed as `SpSettlementSelectEvent`. */
  protected selectSettlement(event: SpSettlementSelectEvent): void {
    this.settlementId.set(event.detail.settlementId);
  }
}
