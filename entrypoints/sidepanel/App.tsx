import { SidePanel } from '../../components/panel/SidePanel';

export function App() {
  return <SidePanel />;
}
