export { ReportPage } from './ReportPage';
export { ReportsPage } from './ReportsPage';
