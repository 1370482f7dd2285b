import './search.css';
export { SearchBox } from './components/SearchBox';
export { SearchPanel } from './components/SearchPanel';
export { SearchProvider } from './components/SearchProvider';
export { useSearchState } from './search-context';
