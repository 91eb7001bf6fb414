import type { SeedFile } from '../../lib/taxonomy';

/** The seed articles the playbook steps come from (../shared/seeds/), by their own titles. */
export const SEED_TITLES: Record<SeedFile, string> = {
  '000_80fc09d476383fe4.txt': 'Если всё совсем сложно: особые случаи с негативными отзывами',
  '001_99740eb2e90c6ca5.txt': 'Дайте книгата на жалби, или как да се справят с отрицателни отзиви',
  '002_24e291e7fef570d7.txt': 'Как обращаться с разгневанными клиентами',
  '003_7ad9d4295cb499bc.txt': '«Весь негатив в адрес нашей компании нивелировала одна фраза». Кейс',
  '004_979f1354f07788b1.txt': 'Как поступать, если клиент оставил негативный отзыв о работе агентства?',
};
