import { render } from 'preact';
import { OptionsPage } from '../../components/options/OptionsPage';
import { sidebarHidden } from '../../utils/settings/items';
import '../../components/common/page.css';

const root = document.getElementById('app')!;
const draw = (hidden: boolean) =>
  render(<OptionsPage sidebarHidden={hidden} onSidebarHidden={(v) => void sidebarHidden.setValue(v)} />, root);

void sidebarHidden.getValue().then(draw);
sidebarHidden.watch((v) => draw(v ?? false));
