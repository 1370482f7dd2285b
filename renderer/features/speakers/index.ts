import './speakers.css';
export { SpeakersDialog } from './components/SpeakersDialog';
export { useSpeakers } from './hooks/useSpeakers';
export { isInterviewerLabel, speakerTones, toneClass, type SpeakerTone } from './speaker-tones';
