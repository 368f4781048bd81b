import { render } from 'preact';
import { CitizenPage } from './citizen.page';
import './citizen.css';

render(<CitizenPage />, document.getElementById('citizen')!);
