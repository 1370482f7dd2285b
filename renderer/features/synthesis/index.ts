import './synthesis.css';
export { SynthesisView, type SynthesisViewProps } from './SynthesisView';
