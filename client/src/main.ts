import { startApp } from './app.js';
import './styles/app.css';
import './styles/curate.css';

/** The Corridor explorer: see app.ts for how the page is put together. */
const root = document.getElementById('app');
if (root) startApp(root);
