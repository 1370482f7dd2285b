import './exports.css';
export { ExportButton, type ExportButtonProps } from './components/ExportButton';
