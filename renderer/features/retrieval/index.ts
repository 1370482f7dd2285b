import './retrieval.css';
export { RetrievalPanel } from './components/RetrievalPanel';
