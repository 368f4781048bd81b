export * from './form.types';
export * from './form.exception';
export * from './form-html.rules';
export * from './form-pdf.rules';
export * from './forms.service';
export * from './forms.module';
