// A thin custom element around Apache ECharts. The server sends a plain JSON option
// (never functions or HTML), so nothing a user typed can run here: labels are drawn as
// SVG text and tooltips use ECharts' rich-text mode instead of HTML.
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, AriaComponent, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

class JesrChart extends HTMLElement {
  constructor() {
    super();
    this._option = null;
  }

  set option(json) {
    this._option = json ? JSON.parse(json) : null;
    this._render();
  }

  get option() {
    return this._option ? JSON.stringify(this._option) : null;
  }

  connectedCallback() {
    if (!this.style.display) {
      this.style.display = 'block';
    }
    this._resizer = new ResizeObserver(() => this._chart && this._chart.resize());
    this._resizer.observe(this);
    this._render();
  }

  disconnectedCallback() {
    if (this._resizer) {
      this._resizer.disconnect();
    }
    if (this._chart) {
      this._chart.dispose();
      this._chart = null;
    }
  }

  _render() {
    if (!this.isConnected || !this._option) {
      return;
    }
    if (!this._chart) {
      this._chart = echarts.init(this, null, { renderer: 'svg' });
    }
    this._chart.setOption(withNumbers(this._option), true);
  }
}

// The server names the reader's locale; the axis and tooltips then write numbers as the table
// beside the chart does (Java's and the browser's CLDR data agree: "150 000" in French).
function withNumbers(option) {
  const { numberLocale, ...rest } = option;
  if (!numberLocale) {
    return rest;
  }
  const numbers = new Intl.NumberFormat(numberLocale, { maximumFractionDigits: 2 });
  const format = (v) => (typeof v === 'number' && Number.isFinite(v) ? numbers.format(v) : '—');
  const yAxis = rest.yAxis || {};
  return {
    ...rest,
    yAxis: { ...yAxis, axisLabel: { ...(yAxis.axisLabel || {}), formatter: format } },
    tooltip: { ...(rest.tooltip || {}), valueFormatter: format },
  };
}

customElements.define('jesr-chart', JesrChart);
