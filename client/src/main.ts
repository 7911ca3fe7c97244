import { startApp } from './app.js';
import './styles/app.css';

/** The Corridor explorer: see app.ts for how the page is put together. */
const root = document.getElementById('app');
if (root) startApp(root);
